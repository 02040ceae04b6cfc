using Microsoft.EntityFrameworkCore;

namespace AnalisaAI.Api.Features.MetricsUpdate;

/// <summary>
/// The queue of manual runs, which is the run log itself: a manual run recorded as running with no instance
/// waits; taking it stamps it with this instance. Durable by construction: an acknowledged request is a row.
/// </summary>
public sealed partial class MetricsUpdateState
{
    /// <summary>The oldest waiting manual runs, first requested first.</summary>
    public async Task<IReadOnlyList<(Guid RunId, Guid InfluencerId)>> WaitingManualRunsAsync(int count, CancellationToken cancellationToken)
    {
        var waiting = await db.MetricsUpdateRuns.AsNoTracking()
            .Where(r => r.Status == RunStatus.Running && r.Trigger == RunTrigger.Manual && r.InstanceId == null)
            .OrderBy(r => r.StartedAt).ThenBy(r => r.Id)
            .Select(r => new { r.Id, r.InfluencerId })
            .Take(count)
            .ToListAsync(cancellationToken);
        return [.. waiting.Select(r => (r.Id, r.InfluencerId))];
    }

    /// <summary>
    /// Takes a waiting manual run for this instance, starting it; false when another instance took it first.
    /// One conditional update: concurrent takers (on any instance) never both win.
    /// </summary>
    public async Task<bool> TakeManualRunAsync(Guid runId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return await db.MetricsUpdateRuns
            .Where(r => r.Id == runId && r.Status == RunStatus.Running && r.Trigger == RunTrigger.Manual && r.InstanceId == null)
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.InstanceId, instance.Id).SetProperty(r => r.StartedAt, now), cancellationToken) == 1;
    }
}
