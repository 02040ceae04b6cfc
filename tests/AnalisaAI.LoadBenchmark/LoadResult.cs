namespace AnalisaAI.LoadBenchmark;

/// <summary>One app under concurrent load: per-path latencies and the update runs that completed meanwhile.</summary>
public sealed record LoadResult(LatencySamples Login, LatencySamples Refresh, int SucceededRuns, TimeSpan Elapsed)
{
    public double LoginsPerSecond => Login.Count / Elapsed.TotalSeconds;
    public double RefreshesPerSecond => Refresh.Count / Elapsed.TotalSeconds;
    public double RunsPerSecond => SucceededRuns / Elapsed.TotalSeconds;
}
