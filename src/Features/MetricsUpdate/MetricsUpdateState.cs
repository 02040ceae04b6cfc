using System.Diagnostics;
using AnalisaAI.Api.Features.Influencers;
using AnalisaAI.Api.Features.Metrics.CalculateMetrics;
using AnalisaAI.Api.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AnalisaAI.Api.Features.MetricsUpdate;

/// <summary>
/// The metrics update's state and its only writer: claims, back-off, the last update and the latest run (on
/// the influencer row), and the run log. Claims, run lifecycle, retry on a concurrent change, failure
/// classification and back-off all live here; everyone else asks this class.
/// </summary>
/// <remarks>
/// ClaimedUntil, RetryNotBefore and ConsecutiveFailures are shadow properties of the influencer row: the
/// catalogue does not know them (docs/architecture.md, "One owner for the run state").
/// </remarks>
public sealed partial class MetricsUpdateState(
    AppDbContext db,
    DatabaseConnection connection,
    TimeProvider time,
    IOptions<MetricsUpdateOptions> options,
    MetricsUpdateHeartbeat instance,
    MetricsUpdateThreads threads,
    ILogger<MetricsUpdateState> logger)
{
    private const string ClaimedUntil = nameof(ClaimedUntil);
    private const string RetryNotBefore = nameof(RetryNotBefore);
    private const string ConsecutiveFailures = nameof(ConsecutiveFailures);
    private const string LastViewedAt = nameof(LastViewedAt);

    private static readonly string[] FinishedRunColumns =
    [
        nameof(MetricsUpdateRun.Status), nameof(MetricsUpdateRun.CalculatedAt), nameof(MetricsUpdateRun.FinishedAt),
        nameof(MetricsUpdateRun.FailedStage), nameof(MetricsUpdateRun.Error), nameof(MetricsUpdateRun.ProfileNote),
    ];

    /// <summary>A run that keeps meeting concurrent changes gives up after this many attempts.</summary>
    private const int MaxAttempts = 3;

    /// <summary>Gives claimed influencers back (work that will not happen now), so the next trigger can pick them.</summary>
    public Task ReleaseAsync(IReadOnlyCollection<Guid> influencerIds, CancellationToken cancellationToken) =>
        db.Influencers.Where(i => influencerIds.Contains(i.Id))
            .ExecuteUpdateAsync(set => set.SetProperty(i => EF.Property<DateTime?>(i, ClaimedUntil), (DateTime?)null), cancellationToken);

    /// <summary>The manual run of this influencer that waits or runs, if any.</summary>
    private async Task<Guid?> PendingManualRunAsync(Guid influencerId, CancellationToken cancellationToken) =>
        await db.MetricsUpdateRuns.AsNoTracking()
            .Where(r => r.InfluencerId == influencerId && r.Status == RunStatus.Running && r.Trigger == RunTrigger.Manual)
            .Select(r => (Guid?)r.Id)
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>The influencer's claim and back-off; null when it does not exist.</summary>
    public Task<InfluencerUpdateState?> GetAsync(Guid influencerId, CancellationToken cancellationToken) =>
        db.Influencers.AsNoTracking()
            .Where(i => i.Id == influencerId)
            .Select(i => new InfluencerUpdateState(
                EF.Property<DateTime?>(i, ClaimedUntil), EF.Property<DateTime?>(i, RetryNotBefore), EF.Property<int>(i, ConsecutiveFailures)))
            .SingleOrDefaultAsync(cancellationToken);

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

            var run = new MetricsUpdateRun
            {
                Id = Guid.CreateVersion7(),
                InfluencerId = influencerId,
                Trigger = RunTrigger.Manual,
                Status = RunStatus.Running,
                StartedAt = time.GetUtcNow().UtcDateTime,
            };
            db.MetricsUpdateRuns.Add(run);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return (run.Id, true);
            }
            catch (DbUpdateException) when (attempt < 3)
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

    /// <summary>Closes those of <paramref name="runs"/> that are still running as failed with <paramref name="error"/>.</summary>
    private Task<int> CloseAsync(IQueryable<MetricsUpdateRun> runs, string error, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return runs.Where(r => r.Status == RunStatus.Running)
            .ExecuteUpdateAsync(set => set
                .SetProperty(r => r.Status, RunStatus.Failed)
                .SetProperty(r => r.FinishedAt, now)
                .SetProperty(r => r.Error, error), cancellationToken);
    }

    /// <summary>Records this instance's heartbeat: it is alive, and so are the runs it started.</summary>
    public async Task BeatAsync(string instanceId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        if (await db.MetricsUpdateInstances.Where(i => i.Id == instanceId)
                .ExecuteUpdateAsync(set => set.SetProperty(i => i.SeenAt, now), cancellationToken) == 0)
        {
            db.MetricsUpdateInstances.Add(new MetricsUpdateInstance { Id = instanceId, SeenAt = now });
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>
    /// Deals with the runs left running by instances not seen since <paramref name="deadBefore"/>: a manual run
    /// goes back to the queue (it was acknowledged, so it must still run); any other is closed as failed
    /// ("interrupted"), as its trigger's next turn covers it. Their influencers are released and those
    /// instances forgotten. Returns how many were closed and how many queued again.
    /// </summary>
    public async Task<(int Closed, int Requeued)> RecoverInterruptedRunsAsync(string instanceId, DateTime deadBefore, CancellationToken cancellationToken)
    {
        var alive = db.MetricsUpdateInstances.Where(i => i.SeenAt > deadBefore || i.Id == instanceId).Select(i => i.Id);
        var interrupted = db.MetricsUpdateRuns.Where(r => r.Status == RunStatus.Running && r.InstanceId != null && !alive.Contains(r.InstanceId));
        var influencerIds = await interrupted.Select(r => r.InfluencerId).Distinct().ToListAsync(cancellationToken);
        if (influencerIds.Count == 0)
        {
            return (0, 0);
        }

        var requeued = await interrupted.Where(r => r.Trigger == RunTrigger.Manual)
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.InstanceId, (string?)null), cancellationToken);
        var closed = await CloseAsync(interrupted, RunError.Interrupted, cancellationToken);
        await ReleaseAsync(influencerIds, cancellationToken);
        await db.MetricsUpdateInstances.Where(i => i.SeenAt <= deadBefore && i.Id != instanceId).ExecuteDeleteAsync(cancellationToken);
        return (closed, requeued);
    }

    /// <summary>
    /// One run of one influencer: records it as running, has <paramref name="calculate"/> compute the results,
    /// and commits them with the influencer's state in one transaction. A concurrent change to the influencer
    /// makes the run compute again on the new data; a failure is recorded (stage and classified message),
    /// leaves updatedAt and the metrics as they were, and backs the influencer off. It executes on
    /// <see cref="MetricsUpdateThreads"/>, below the requests' priority.
    /// </summary>
    public async Task<RunOutcome> RunAsync(
        Guid influencerId,
        RunTrigger trigger,
        Guid? requestedRunId,
        Func<Guid, CancellationToken, ValueTask<CalculateMetricsResult>> calculate,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(calculate);
        return await threads.RunAsync(
            async () =>
            {
                // One connection for the whole run (a score of statements), instead of one taken from the pool per statement.
                await db.Database.OpenConnectionAsync(cancellationToken);
                try
                {
                    return await RunOnOpenConnectionAsync(influencerId, trigger, requestedRunId, calculate, cancellationToken);
                }
                finally
                {
                    await db.Database.CloseConnectionAsync();
                }
            },
            cancellationToken);
    }

    private async Task<RunOutcome> RunOnOpenConnectionAsync(
        Guid influencerId,
        RunTrigger trigger,
        Guid? requestedRunId,
        Func<Guid, CancellationToken, ValueTask<CalculateMetricsResult>> calculate,
        CancellationToken cancellationToken)
    {
        var runId = await AtRequestPriorityAsync(() => StartRunAsync(influencerId, trigger, requestedRunId, cancellationToken));
        if (runId is null)
        {
            return new RunOutcome(requestedRunId ?? Guid.Empty, RunStatus.Failed, null, RunError.InfluencerMissing);
        }

        using var scope = logger.BeginScope(new Dictionary<string, object>
        {
            ["InfluencerId"] = influencerId,
            ["RunId"] = runId.Value,
            ["Trigger"] = trigger,
        });
        using var activity = MetricsUpdateTelemetry.StartRun(influencerId, runId.Value, trigger);
        var started = Stopwatch.GetTimestamp();

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var calculated = await calculate(runId.Value, cancellationToken);
                await AtRequestPriorityAsync(() => CommitAsync(influencerId, runId.Value, calculated, cancellationToken));
                return MetricsUpdateTelemetry.Finished(new RunOutcome(runId.Value, RunStatus.Succeeded, null, null), trigger, started, activity);
            }
            catch (Exception exception) when (RunError.IsConcurrentChange(exception) && attempt < MaxAttempts)
            {
                // Someone changed the influencer while this run computed: compute again on the new data.
                db.ChangeTracker.Clear();
                LogRetry(influencerId, runId.Value, attempt);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                db.ChangeTracker.Clear();
                // Not the influencer's failure: no back-off, and no stage to blame.
                await RecordFailureAsync(influencerId, runId.Value, null, "The run was cancelled (shutdown).", countsAsFailure: false);
                throw;
            }
            catch (Exception exception)
            {
                db.ChangeTracker.Clear();
                var (stage, error) = RunError.Classify(exception);
                LogRunFailed(exception.InnerException ?? exception, influencerId, runId.Value, stage, trigger, error);
                await RecordFailureAsync(influencerId, runId.Value, stage, error, countsAsFailure: true, RunError.IsPermanent(exception));
                return MetricsUpdateTelemetry.Finished(new RunOutcome(runId.Value, RunStatus.Failed, stage, error), trigger, started, activity);
            }
        }
    }

    /// <summary>
    /// Runs one of the run's write transactions on a thread-pool thread, at the requests' priority. On a run's
    /// low-priority thread, requests and hashing could preempt it while it holds SQLite's write lock, and a
    /// refresh waiting for that lock would wait for them too.
    /// </summary>
    private static Task<T> AtRequestPriorityAsync<T>(Func<Task<T>> write) => Task.Run(write);

    private static Task AtRequestPriorityAsync(Func<Task> write) => Task.Run(write);

    private async Task<Guid?> StartRunAsync(Guid influencerId, RunTrigger trigger, Guid? requestedRunId, CancellationToken cancellationToken)
    {
        if (!await db.Influencers.AnyAsync(i => i.Id == influencerId, cancellationToken))
        {
            if (requestedRunId is { } orphan)
            {
                await CloseAsync(db.MetricsUpdateRuns.Where(r => r.Id == orphan), RunError.InfluencerMissing, cancellationToken);
            }

            return null;
        }

        var run = requestedRunId is { } id ? await db.MetricsUpdateRuns.SingleOrDefaultAsync(r => r.Id == id, cancellationToken) : null;
        if (run is { Status: RunStatus.Running } && run.InstanceId == instance.Id)
        {
            // Taken from the queue by this instance (TakeManualRunAsync), which started it.
            db.ChangeTracker.Clear();
            return run.Id;
        }

        if (run is null)
        {
            run = new MetricsUpdateRun { Id = requestedRunId ?? Guid.CreateVersion7(), InfluencerId = influencerId, Trigger = trigger };
            db.MetricsUpdateRuns.Add(run);
        }

        // A run requested earlier (or interrupted by a crash and run again) starts afresh, on this instance.
        run.InstanceId = instance.Id;
        run.Status = RunStatus.Running;
        run.StartedAt = time.GetUtcNow().UtcDateTime;
        run.FinishedAt = null;
        run.CalculatedAt = null;
        run.FailedStage = null;
        run.Error = null;
        run.ProfileNote = null;
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return run.Id;
    }

    private async Task CommitAsync(Guid influencerId, Guid runId, CalculateMetricsResult calculated, CancellationToken cancellationToken)
    {
        // The influencer is the one the profile step tracked, so its concurrency token covers the whole run.
        var influencer = db.Influencers.Local.FindEntry(influencerId)?.Entity
            ?? await db.Influencers.SingleAsync(i => i.Id == influencerId, cancellationToken);
        var finishedAt = time.GetUtcNow().UtcDateTime;

        influencer.UpdatedAt = calculated.CalculatedAt;
        influencer.LastUpdateStatus = UpdateStatus.Succeeded;
        influencer.LastUpdateAt = finishedAt;
        influencer.LastUpdateError = null;
        influencer.LatestRunId = runId;
        influencer.RelevanceOverall = calculated.RelevanceOverall;
        var entry = db.Entry(influencer);
        entry.Property<int>(ConsecutiveFailures).CurrentValue = 0;
        entry.Property<DateTime?>(RetryNotBefore).CurrentValue = null;
        entry.Property<DateTime?>(ClaimedUntil).CurrentValue = null;

        // The run's row is updated without being read first: only these columns change.
        var run = db.MetricsUpdateRuns.Attach(new MetricsUpdateRun { Id = runId });
        run.Entity.Status = RunStatus.Succeeded;
        run.Entity.CalculatedAt = calculated.CalculatedAt;
        run.Entity.FinishedAt = finishedAt;
        run.Entity.FailedStage = null;
        run.Entity.Error = null;
        run.Entity.ProfileNote = calculated.ProfileNote;
        foreach (var property in FinishedRunColumns)
        {
            run.Property(property).IsModified = true;
        }

        // One SaveChanges is one transaction: the stage results, the influencer and the run, or nothing.
        db.AddRange(calculated.Results);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    private async Task RecordFailureAsync(Guid influencerId, Guid runId, string? stage, string error, bool countsAsFailure, bool permanent = false)
    {
        // Recorded even when the caller is shutting down, so no run is left "running" without cause.
        var now = time.GetUtcNow().UtcDateTime;
        await db.MetricsUpdateRuns.Where(r => r.Id == runId)
            .ExecuteUpdateAsync(set => set
                .SetProperty(r => r.Status, RunStatus.Failed)
                .SetProperty(r => r.FinishedAt, now)
                .SetProperty(r => r.FailedStage, stage)
                .SetProperty(r => r.Error, error), CancellationToken.None);

        var state = await GetAsync(influencerId, CancellationToken.None);
        if (state is null)
        {
            return;
        }

        var failures = countsAsFailure ? state.ConsecutiveFailures + 1 : state.ConsecutiveFailures;
        // A permanent failure (the account cannot be read) will not heal by retrying soon: the longest back-off at once.
        var backoff = permanent ? options.Value.FailureBackoff.Max : options.Value.FailureBackoff.After(failures);
        DateTime? retryNotBefore = countsAsFailure ? now.Add(backoff) : null;

        // updatedAt and the metrics stay as they were: readers keep the last good numbers.
        await db.Influencers.Where(i => i.Id == influencerId)
            .ExecuteUpdateAsync(set => set
                .SetProperty(i => i.LastUpdateStatus, UpdateStatus.Failed)
                .SetProperty(i => i.LastUpdateAt, now)
                .SetProperty(i => i.LastUpdateError, error)
                .SetProperty(i => EF.Property<int>(i, ConsecutiveFailures), failures)
                .SetProperty(i => EF.Property<DateTime?>(i, RetryNotBefore), retryNotBefore)
                .SetProperty(i => EF.Property<DateTime?>(i, ClaimedUntil), (DateTime?)null), CancellationToken.None);
    }

    [LoggerMessage(Level = LogLevel.Error,
        Message = "Error updating metrics of influencer {InfluencerId} (run {RunId}, trigger {Trigger}) at stage {Stage}: {Error}")]
    private partial void LogRunFailed(Exception exception, Guid influencerId, Guid runId, string stage, RunTrigger trigger, string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "A concurrent manual request for influencer {InfluencerId} recorded its run first; joining it")]
    private partial void LogConcurrentRequest(Guid influencerId);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Influencer {InfluencerId} changed during run {RunId}; recalculating (attempt {Attempt})")]
    private partial void LogRetry(Guid influencerId, Guid runId, int attempt);
}
