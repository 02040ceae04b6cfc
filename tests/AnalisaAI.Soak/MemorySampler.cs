using System.Diagnostics;
using AnalisaAI.TestTools;

namespace AnalisaAI.Soak;

/// <summary>
/// Reads each live instance's memory every <see cref="Interval"/>: VmRSS from /proc/&lt;pid&gt;/status and the managed
/// heap from the runtime meter on its /metrics (Prometheus) endpoint. GC.GetTotalMemory cannot be read from
/// outside; the meter's heap size after the last collection is the figure that shows retained objects.
/// </summary>
public sealed class MemorySampler(IReadOnlyList<ApiInstance> instances, Stopwatch clock) : IDisposable
{
    public const string HeapMetric = "dotnet_gc_last_collection_heap_size_bytes";
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
        try
        {
            do
            {
                foreach (var instance in instances)
                {
                    await SampleAsync(instance, cancellationToken);
                }
            }
            while (await timer.WaitForNextTickAsync(cancellationToken));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The soak is over.
        }
    }

    public async Task SampleAsync(ApiInstance instance, CancellationToken cancellationToken)
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

        long? heap = null;
        try
        {
            var text = await http.GetStringAsync(new Uri(instance.BaseAddress, "/metrics"), cancellationToken);
            heap = (long?)PrometheusText.Sum(text, HeapMetric);
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            // No heap figure this time; the resident set is still worth keeping.
        }

        lock (samples)
        {
            samples.Add(new MemorySample(instance.Name, instance.Incarnation, clock.Elapsed, clock.Elapsed - instance.ReadyAt, resident, heap));
        }
    }

    public void Dispose() => http.Dispose();
}
