using AnalisaAI.Soak;

namespace AnalisaAI.UnitTests.Soak;

public sealed class PrometheusTextTests
{
    private const string Scrape = """
        # TYPE dotnet_gc_last_collection_heap_size_bytes gauge
        dotnet_gc_last_collection_heap_size_bytes{otel_scope_name="System.Runtime",gc_heap_generation="gen0"} 261176
        dotnet_gc_last_collection_heap_size_bytes{otel_scope_name="System.Runtime",gc_heap_generation="gen2"} 18511744 1700000000000
        dotnet_gc_last_collection_heap_size_bytes{note="a } in a label",gc_heap_generation="loh"} 1.7424552e7
        dotnet_gc_last_collection_heap_size_bytes_other 5
        dotnet_gc_heap_total_allocated_bytes_total{otel_scope_name="System.Runtime"} 420166728
        plain_metric 42
        """;

    [Fact]
    public void Sums_every_series_of_the_metric_and_no_other()
    {
        PrometheusText.Sum(Scrape, MemorySampler.HeapMetric).Should().Be(261176 + 18511744 + 17424552);
    }

    [Fact]
    public void Reads_a_series_without_labels_and_gives_null_for_an_absent_metric()
    {
        PrometheusText.Sum(Scrape, "plain_metric").Should().Be(42);
        PrometheusText.Sum(Scrape, "absent").Should().BeNull();
    }
}
