using System.Diagnostics;
using AnalisaAI.TestTools;

namespace AnalisaAI.Soak;

/// <summary>
/// Reads each live instance's memory every <see cref="Interval"/>: VmRSS from /proc/&lt;pid&gt;/status and the managed
/// heap from the runtime meter on its /metrics (Prometheus) endpoint. GC.GetTotalMemory cannot be read from
/// outside; the meter's heap size after the last collection includes the dead objects a lazy gen2 still holds, so
/// every <c>liveHeapEvery</c> (none when zero; about as often as the GC collects gen2 by itself under this traffic) the sampler also induces a full collection first and reads the live heap.
/// </summary>
public sealed class MemorySampler(IReadOnlyList<ApiInstance> instances, Stopwatch clock, TimeSpan liveHeapEvery) : IDisposable
{
    public const string HeapMetric = "dotnet_gc_last_collection_heap_size_bytes";
    public const string FragmentationMetric = "dotnet_gc_last_collection_heap_fragmentation_size_bytes";
    public const string CommittedMetric = "dotnet_gc_last_collection_memory_committed_size_bytes";
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(15);

    private readonly HttpClient http = new() { Timeout = TimeSpan.FromSeconds(10) };
    private readonly List<MemorySample> samples = [];

    public IReadOnlyList<MemorySample> Samples
    {
        get
        {
            lock (samples)
            {
                return [.. samples];
            }
        }
    }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(Interval);
        var nextFull = liveHeapEvery;
        try
        {
            do
            {
                var full = liveHeapEvery > TimeSpan.Zero && clock.Elapsed >= nextFull;
                if (full)
                {
                    nextFull += liveHeapEvery;
                }

                foreach (var instance in instances)
                {
                    await SampleAsync(instance, full, cancellationToken);
                }
            }
            while (await timer.WaitForNextTickAsync(cancellationToken));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The soak is over.
        }
    }

    public async Task SampleAsync(ApiInstance instance, bool fullCollection, CancellationToken cancellationToken)
    {
        if (!instance.IsUp || instance.ProcessId is not { } processId || !ProcessMemory.Available(processId))
        {
            return;
        }

        long resident;
        try
        {
            resident = ProcessMemory.ResidentBytes(processId);
        }
        catch (IOException)
        {
            return; // Killed between the check and the read.
        }

        var induced = false;
        if (fullCollection)
        {
            try
            {
                await InducedCollection.RunAsync(processId, cancellationToken);
                induced = true;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                Console.Error.WriteLine($"Could not induce a full collection in {instance.Name}: {exception.Message}");
            }
        }

        long? heap = null, committed = null;
        try
        {
            var text = await http.GetStringAsync(new Uri(instance.BaseAddress, "/metrics"), cancellationToken);
            // Free space between objects (the large object heap's above all) holds no object: left out.
            heap = (long?)(PrometheusText.Sum(text, HeapMetric) - (PrometheusText.Sum(text, FragmentationMetric) ?? 0));
            committed = (long?)PrometheusText.Sum(text, CommittedMetric);
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            // No heap figure this time; the resident set is still worth keeping.
        }

        lock (samples)
        {
            samples.Add(new MemorySample(instance.Name, instance.Incarnation, clock.Elapsed, clock.Elapsed - instance.ReadyAt, resident, heap, committed, induced));
        }
    }

    public void Dispose() => http.Dispose();
}
