using AnalisaAI.Api.Features.MetricsUpdate.Instances;
using AnalisaAI.Api.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AnalisaAI.Api.Features.MetricsUpdate.Runs;

/// <summary>
/// The run log, and the only writer of its table (<see cref="MetricRun"/>): every run is recorded when it starts
/// and closed when it ends. It is also the queue of manual runs: a manual run recorded as running with no
/// instance waits; taking it stamps it with this instance. Durable by construction: an acknowledged request is a row.
/// </summary>
public sealed partial class RunLog(AppDbContext db, TimeProvider time, Heartbeat instance, ILogger<RunLog> logger)
{
    /// <summary>The process running it died (or stopped before it ran): the run will not finish.</summary>
    public const string Interrupted = "interrupted";

    /// <summary>The influencer was deleted while its run was waiting.</summary>
    public const string InfluencerMissing = "The influencer no longer exists.";

    private static readonly string[] FinishedColumns =
    [
        nameof(MetricRun.Status), nameof(MetricRun.CalculatedAt), nameof(MetricRun.DataAsOf), nameof(MetricRun.FinishedAt),
        nameof(MetricRun.FailedStage), nameof(MetricRun.Error), nameof(MetricRun.ProfileNote),
    ];

    /// <summary>
    /// Records a manual run, which queues it (see <see cref="WaitingManualRunsAsync"/>), so the answer names a
    /// run that exists and will run. When a manual run of this influencer already waits or runs, nothing is
    /// recorded and that run is returned instead (the database allows one such run per influencer).
    /// </summary>
    public async Task<(Guid RunId, bool Recorded)> RecordManualRequestAsync(Guid influencerId, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            if (await PendingManualRunAsync(influencerId, cancellationToken) is { } pending)
            {
                return (pending, false);
            }

            var run = new MetricRun
            {
                Id = Guid.CreateVersion7(),
                InfluencerId = influencerId,
                Trigger = RunTrigger.Manual,
                Status = RunStatus.Running,
                StartedAt = time.GetUtcNow().UtcDateTime,
            };
            db.MetricRuns.Add(run);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return (run.Id, true);
            }
            catch (DbUpdateException exception) when (attempt < 3 && !DatabaseErrors.IsTransient(exception))
            {
                // A concurrent request recorded one first (the unique index on pending manual runs): join it.
                LogConcurrentRequest(influencerId);
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>The oldest waiting manual runs, first requested first.</summary>
    public async Task<IReadOnlyList<(Guid RunId, Guid InfluencerId)>> WaitingManualRunsAsync(int count, CancellationToken cancellationToken)
    {
        var waiting = await db.MetricRuns.AsNoTracking()
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
        return await db.MetricRuns
            .Where(r => r.Id == runId && r.Status == RunStatus.Running && r.Trigger == RunTrigger.Manual && r.InstanceId == null)
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.InstanceId, instance.Id).SetProperty(r => r.StartedAt, now), cancellationToken) == 1;
    }

    /// <summary>
    /// Records the run as running on this instance: a new run, or the requested one (a manual run this instance
    /// took, or one requested earlier or interrupted by a crash, which starts afresh). Null when the influencer
    /// no longer exists (a requested run is then closed as failed). A new run takes <paramref name="newRunId"/>, which the
    /// caller chose: a start it tries again after a lost answer asks for that id, and finds the row if it was written.
    /// </summary>
    public async Task<Guid?> StartAsync(Guid influencerId, RunTrigger trigger, Guid? requestedRunId, Guid newRunId, CancellationToken cancellationToken)
    {
        if (!await db.Influencers.AnyAsync(i => i.Id == influencerId, cancellationToken))
        {
            if (requestedRunId is { } orphan)
            {
                await CloseAsync(db.MetricRuns.Where(r => r.Id == orphan), InfluencerMissing, cancellationToken);
            }

            return null;
        }

        var run = requestedRunId is { } id ? await db.MetricRuns.SingleOrDefaultAsync(r => r.Id == id, cancellationToken) : null;
        if (run is { Status: RunStatus.Running } && run.InstanceId == instance.Id)
        {
            // Taken from the queue by this instance (TakeManualRunAsync), which started it.
            db.ChangeTracker.Clear();
            return run.Id;
        }

        if (run is null)
        {
            run = new MetricRun { Id = requestedRunId ?? newRunId, InfluencerId = influencerId, Trigger = trigger };
            db.MetricRuns.Add(run);
        }

        run.InstanceId = instance.Id;
        run.Status = RunStatus.Running;
        run.StartedAt = time.GetUtcNow().UtcDateTime;
        run.FinishedAt = null;
        run.CalculatedAt = null;
        run.DataAsOf = null;
        run.FailedStage = null;
        run.Error = null;
        run.ProfileNote = null;
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return run.Id;
    }

    /// <summary>
    /// Marks the run as succeeded in the caller's unit of work, so that it commits with the run's results. The
    /// row is updated without being read first: only these columns change.
    /// </summary>
    public void Succeeded(Guid runId, DateTime calculatedAt, DateTime? dataAsOf, DateTime finishedAt, string? profileNote)
    {
        var run = db.MetricRuns.Attach(new MetricRun { Id = runId });
        run.Entity.Status = RunStatus.Succeeded;
        run.Entity.CalculatedAt = calculatedAt;
        run.Entity.DataAsOf = dataAsOf;
        run.Entity.FinishedAt = finishedAt;
        run.Entity.FailedStage = null;
        run.Entity.Error = null;
        run.Entity.ProfileNote = profileNote;
        foreach (var column in FinishedColumns)
        {
            run.Property(column).IsModified = true;
        }
    }

    /// <summary>
    /// Puts a manual run this instance took back in the queue, waiting for any instance: one that could not reach the
    /// database for long, so it runs once the database is back rather than being left failed.
    /// </summary>
    public Task RequeueAsync(Guid runId, CancellationToken cancellationToken) =>
        db.MetricRuns.Where(r => r.Id == runId && r.Status == RunStatus.Running && r.Trigger == RunTrigger.Manual)
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.InstanceId, (string?)null), cancellationToken);

    /// <summary>Records the run as failed, at <paramref name="stage"/> (null when no stage is to blame) with a classified message.</summary>
    public Task FailAsync(Guid runId, string? stage, string error, DateTime now, CancellationToken cancellationToken) =>
        db.MetricRuns.Where(r => r.Id == runId)
            .ExecuteUpdateAsync(set => set
                .SetProperty(r => r.Status, RunStatus.Failed)
                .SetProperty(r => r.FinishedAt, now)
                .SetProperty(r => r.FailedStage, stage)
                .SetProperty(r => r.Error, error), cancellationToken);

    /// <summary>
    /// Deals with the runs left running by instances other than <paramref name="aliveInstanceIds"/>: a manual run
    /// goes back to the queue (it was acknowledged, so it must still run); any other is closed as failed
    /// (<see cref="Interrupted"/>), as its trigger's next turn covers it. Returns their influencers.
    /// </summary>
    public Task<(IReadOnlyCollection<Guid> InfluencerIds, int Closed, int Requeued)> RecoverInterruptedAsync(
        IQueryable<string> aliveInstanceIds, CancellationToken cancellationToken) =>
        RecoverAsync(db.MetricRuns.Where(r => r.Status == RunStatus.Running && r.InstanceId != null && !aliveInstanceIds.Contains(r.InstanceId)), cancellationToken);

    /// <summary>
    /// The same for the runs stamped with this instance, started before <paramref name="startedBefore"/>, that it no
    /// longer executes (not in <paramref name="executing"/>): their end could not be written, or what ran them failed.
    /// </summary>
    public Task<(IReadOnlyCollection<Guid> InfluencerIds, int Closed, int Requeued)> RecoverAbandonedAsync(
        IReadOnlyCollection<Guid> executing, DateTime startedBefore, CancellationToken cancellationToken) =>
        RecoverAsync(
            db.MetricRuns.Where(r => r.Status == RunStatus.Running && r.InstanceId == instance.Id && r.StartedAt < startedBefore && !executing.Contains(r.Id)),
            cancellationToken);

    private async Task<(IReadOnlyCollection<Guid> InfluencerIds, int Closed, int Requeued)> RecoverAsync(
        IQueryable<MetricRun> interrupted, CancellationToken cancellationToken)
    {
        var influencerIds = await interrupted.Select(r => r.InfluencerId).Distinct().ToListAsync(cancellationToken);
        if (influencerIds.Count == 0)
        {
            return ([], 0, 0);
        }

        // Queued again first: that clears their instance, so the close below no longer matches them.
        var requeued = await interrupted.Where(r => r.Trigger == RunTrigger.Manual)
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.InstanceId, (string?)null), cancellationToken);
        var closed = await CloseAsync(interrupted, Interrupted, cancellationToken);
        return (influencerIds, closed, requeued);
    }

    /// <summary>The manual run of this influencer that waits or runs, if any.</summary>
    private async Task<Guid?> PendingManualRunAsync(Guid influencerId, CancellationToken cancellationToken) =>
        await db.MetricRuns.AsNoTracking()
            .Where(r => r.InfluencerId == influencerId && r.Status == RunStatus.Running && r.Trigger == RunTrigger.Manual)
            .Select(r => (Guid?)r.Id)
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>Closes those of <paramref name="runs"/> that are still running as failed with <paramref name="error"/>.</summary>
    private Task<int> CloseAsync(IQueryable<MetricRun> runs, string error, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return runs.Where(r => r.Status == RunStatus.Running)
            .ExecuteUpdateAsync(set => set
                .SetProperty(r => r.Status, RunStatus.Failed)
                .SetProperty(r => r.FinishedAt, now)
                .SetProperty(r => r.Error, error), cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "A concurrent manual request for influencer {InfluencerId} recorded its run first; joining it")]
    private partial void LogConcurrentRequest(Guid influencerId);
}
