using System.Collections.Concurrent;

namespace AnalisaAI.Api.Features.MetricsUpdate.Instances;

/// <summary>
/// The runs this process is executing now. The heartbeat asks it before it recovers a run stamped with this instance:
/// a run whose start was written but whose end could not be (the database went away and the process went on), or
/// one that failed around its lifecycle (taken from the queue, then its connection refused), would otherwise stay
/// "running" for as long as the instance lives, since only a dead instance's runs were recovered.
/// </summary>
public sealed class ActiveRuns
{
    private readonly ConcurrentDictionary<Guid, byte> runs = new();

    /// <summary>Marks <paramref name="runId"/> as executing here until the result is disposed.</summary>
    public IDisposable Enter(Guid runId)
    {
        runs.TryAdd(runId, 0);
        return new Exit(this, runId);
    }

    public IReadOnlyCollection<Guid> Snapshot() => [.. runs.Keys];

    private sealed class Exit(ActiveRuns owner, Guid runId) : IDisposable
    {
        public void Dispose() => owner.runs.TryRemove(runId, out _);
    }
}
