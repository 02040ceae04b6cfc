using AnalisaAI.Soak;

namespace AnalisaAI.UnitTests.Soak;

public sealed class MemoryTrendTests
{
    private const long Megabyte = 1024 * 1024;

    [Fact]
    public void The_slope_leaves_out_the_warm_up_and_is_in_megabytes_per_hour()
    {
        // Steep growth during the first 10 minutes, then 6 MB/hour (0.1 MB a minute).
        var samples = Enumerable.Range(0, 30).Select(minute => Sample("A", 1, minute, minute < 10 ? 100 + (minute * 10) : 200 + ((minute - 10) * 0.1), heapMb: 40)).ToList();

        var slope = MemoryTrend.AfterWarmup(samples, TimeSpan.FromMinutes(10)).Should().ContainSingle().Subject;

        slope.Samples.Should().Be(20);
        slope.From.Should().Be(TimeSpan.FromMinutes(10));
        slope.ResidentMbPerHour.Should().BeApproximately(6, 0.01);
        slope.HeapMbPerHour.Should().BeApproximately(0, 0.01);
    }

    [Fact]
    public void A_restarted_instance_is_judged_on_its_last_process_from_its_own_warm_up()
    {
        var first = Enumerable.Range(0, 12).Select(minute => Sample("B", 1, minute, 300 + (minute * 50), heapMb: 40));
        // Restarted at minute 12: ready then, flat after its own 5 minutes of warm-up.
        var second = Enumerable.Range(12, 20).Select(minute => Sample("B", 2, minute, minute < 17 ? 150 + (minute * 5) : 240, heapMb: null, readyAt: 12));

        var slope = MemoryTrend.AfterWarmup([.. first, .. second], TimeSpan.FromMinutes(5)).Single();

        slope.Incarnation.Should().Be(2);
        slope.From.Should().Be(TimeSpan.FromMinutes(17));
        slope.ResidentMbPerHour.Should().BeApproximately(0, 1e-9);
        slope.HeapMbPerHour.Should().BeNull("no heap figure was read");
    }

    [Fact]
    public void The_live_heap_slope_reads_only_the_samples_after_an_induced_full_collection()
    {
        // The heap after the GC's own collections climbs (dead objects in a lazy gen2); the live heap does not.
        var samples = Enumerable.Range(0, 60).Select(minute => minute % 5 == 0
            ? Sample("A", 1, minute, 280, heapMb: 27, full: true)
            : Sample("A", 1, minute, 280, heapMb: 30 + ((minute % 20) * 0.5))).ToList();

        var slope = MemoryTrend.AfterWarmup(samples, TimeSpan.Zero).Single();

        slope.LiveHeapMbPerHour.Should().BeApproximately(0, 1e-9);
        slope.HeapMbPerHour.Should().NotBeNull();
        slope.Samples.Should().Be(60, "the resident set is read at every sample, induced or not");
    }

    [Fact]
    public void An_instance_still_warming_up_has_no_slope()
    {
        var slope = MemoryTrend.AfterWarmup([Sample("A", 1, 1, 100, 10), Sample("A", 1, 2, 110, 10)], TimeSpan.FromMinutes(10)).Single();

        slope.Samples.Should().Be(0);
        slope.ResidentMbPerHour.Should().BeNull();
    }

    private static MemorySample Sample(string instance, int incarnation, int minute, double residentMb, double? heapMb, int readyAt = 0, bool full = false) =>
        new(instance, incarnation, TimeSpan.FromMinutes(minute), TimeSpan.FromMinutes(minute - readyAt),
            (long)(residentMb * Megabyte), heapMb is { } heap ? (long)(heap * Megabyte) : null, CommittedBytes: null, full);
}
