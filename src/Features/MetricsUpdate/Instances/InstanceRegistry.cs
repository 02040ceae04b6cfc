using AnalisaAI.Api.Features.MetricsUpdate.Claims;
using AnalisaAI.Api.Features.MetricsUpdate.Runs;
using AnalisaAI.Api.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AnalisaAI.Api.Features.MetricsUpdate.Instances;

/// <summary>
/// The instances taking part in the update, and the only writer of their table: each beats to say it is alive,
/// and the runs of an instance silent for too long are recovered (<see cref="RunLog.RecoverInterruptedAsync"/>).
/// </summary>
public sealed class InstanceRegistry(AppDbContext db, RunLog runLog, ClaimStore claims, TimeProvider time)
{
    /// <summary>Records this instance's heartbeat: it is alive, and so are the runs it started.</summary>
    public async Task BeatAsync(string instanceId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        if (await db.Instances.Where(i => i.Id == instanceId)
                .ExecuteUpdateAsync(set => set.SetProperty(i => i.SeenAt, now), cancellationToken) == 0)
        {
            db.Instances.Add(new Instance { Id = instanceId, SeenAt = now });
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>
    /// Recovers the runs left running by instances not seen since <paramref name="deadBefore"/>: manual ones go
    /// back to the queue, the others are closed as interrupted, their influencers are released, and those
    /// instances are forgotten. Returns how many were closed and how many queued again.
    /// </summary>
    public async Task<(int Closed, int Requeued)> RecoverInterruptedRunsAsync(string instanceId, DateTime deadBefore, CancellationToken cancellationToken)
    {
        var alive = db.Instances.Where(i => i.SeenAt > deadBefore || i.Id == instanceId).Select(i => i.Id);
        var (influencerIds, closed, requeued) = await runLog.RecoverInterruptedAsync(alive, cancellationToken);
        if (influencerIds.Count == 0)
        {
            return (0, 0);
        }

        await claims.ReleaseAsync(influencerIds, cancellationToken);
        await db.Instances.Where(i => i.SeenAt <= deadBefore && i.Id != instanceId).ExecuteDeleteAsync(cancellationToken);
        return (closed, requeued);
    }

    /// <summary>
    /// Recovers the runs this instance started before <paramref name="startedBefore"/> and no longer executes (not in
    /// <paramref name="executing"/>) the same way, and releases their influencers.
    /// </summary>
    public async Task<(int Closed, int Requeued)> RecoverAbandonedRunsAsync(
        IReadOnlyCollection<Guid> executing, DateTime startedBefore, CancellationToken cancellationToken)
    {
        var (influencerIds, closed, requeued) = await runLog.RecoverAbandonedAsync(executing, startedBefore, cancellationToken);
        if (influencerIds.Count > 0)
        {
            await claims.ReleaseAsync(influencerIds, cancellationToken);
        }

        return (closed, requeued);
    }
}
