namespace AnalisaAI.Soak;

/// <summary>
/// The trend of one instance's memory after its warm-up: least-squares slopes in MB per hour of the resident set,
/// of the heap after the last collection (the GC's own collections), and of the live heap (after induced full ones).
/// </summary>
public sealed record MemorySlope(
    string Instance, int Incarnation, TimeSpan From, TimeSpan To, int Samples,
    double? ResidentMbPerHour, double? HeapMbPerHour, double? LiveHeapMbPerHour);

public static class MemoryTrend
{
    private const double Megabyte = 1024 * 1024;

    /// <summary>
    /// Per instance, over the samples of its last incarnation taken at least <paramref name="warmup"/> after that
    /// incarnation became ready: a restarted instance warms up again, and its first process's figures say nothing
    /// about its second. An instance without such samples gets a row with no slopes.
    /// </summary>
    public static IReadOnlyList<MemorySlope> AfterWarmup(IEnumerable<MemorySample> samples, TimeSpan warmup) =>
        samples.GroupBy(s => s.Instance).OrderBy(g => g.Key, StringComparer.Ordinal).Select(instance =>
        {
            var incarnation = instance.Max(s => s.Incarnation);
            var steady = instance.Where(s => s.Incarnation == incarnation && s.SinceReady >= warmup).OrderBy(s => s.At).ToList();
            if (steady.Count == 0)
            {
                return new MemorySlope(instance.Key, incarnation, TimeSpan.Zero, TimeSpan.Zero, 0, null, null, null);
            }

            var resident = LeastSquares.Slope([.. steady.Select(s => (s.At.TotalHours, s.ResidentBytes / Megabyte))]);
            var heap = HeapSlope(steady.Where(s => !s.AfterFullCollection));
            var live = HeapSlope(steady.Where(s => s.AfterFullCollection));
            return new MemorySlope(instance.Key, incarnation, steady[0].At, steady[^1].At, steady.Count, resident, heap, live);
        }).ToList();

    private static double? HeapSlope(IEnumerable<MemorySample> samples) =>
        LeastSquares.Slope([.. samples.Where(s => s.HeapBytes is not null).Select(s => (s.At.TotalHours, s.HeapBytes!.Value / Megabyte))]);
}
