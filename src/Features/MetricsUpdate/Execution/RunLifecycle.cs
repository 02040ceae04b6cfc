using System.Diagnostics;
using AnalisaAI.Api.Features.Influencers;
using AnalisaAI.Api.Features.Metrics.CalculateMetrics;
using AnalisaAI.Api.Features.MetricsUpdate.Claims;
using AnalisaAI.Api.Features.MetricsUpdate.Instances;
using AnalisaAI.Api.Features.MetricsUpdate.Runs;
using AnalisaAI.Api.Features.MetricsUpdate.Telemetry;
using AnalisaAI.Api.Infrastructure.Persistence;
using AnalisaAI.Api.Infrastructure.Threading;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AnalisaAI.Api.Features.MetricsUpdate.Execution;

/// <summary>
/// The life of one run, around the calculation that the Metrics feature does: start it in the run log, compute,
/// then commit the results with the influencer's new state in one transaction, or record the failure and back
/// the influencer off. It writes the influencer's outcome columns (UpdatedAt, LastUpdate*, LatestRunId,
/// and the figures the catalogue lists: RelevanceOverall, KnownComponents, EngagementRate, GrowthRate30, FollowerTier,
/// ErPercentile, DataConfidence, RaisedFlags);
/// the run's row, the claim and the back-off are written by their owners
/// (<see cref="RunLog"/>, <see cref="ClaimStore"/>, <see cref="Backoff"/>) inside the same statements.
/// </summary>
public sealed partial class RunLifecycle(
    AppDbContext db,
    RunLog runLog,
    ClaimStore claims,
    TimeProvider time,
    IOptions<MetricsUpdateOptions> options,
    RunThreads threads,
    ActiveRuns activeRuns,
    IHostApplicationLifetime lifetime,
    ILogger<RunLifecycle> logger)
{
    /// <summary>A run that keeps meeting concurrent changes gives up after this many attempts.</summary>
    private const int MaxAttempts = 3;

    /// <summary>What an automatic run that could not reach the database for <see cref="OutageWaits.Limited"/> records.</summary>
    public const string DatabaseUnavailable = "The database was unavailable; the influencer's next turn runs it again.";

    /// <summary>
    /// One run of one influencer: records it as running, has <paramref name="calculate"/> compute the results,
    /// and commits them with the influencer's state in one transaction. A concurrent change to the influencer
    /// makes the run compute again on the new data; a failure is recorded (stage and classified message),
    /// leaves updatedAt and the metrics as they were, and backs the influencer off. A database that went away
    /// (<see cref="DatabaseErrors.IsTransient"/>) is not the influencer's failure: the run waits and tries again
    /// (<see cref="OutageWaits"/>), and if the database stays away, a manual run goes back to the queue and any other
    /// is closed without a back-off, its claim released, for its next turn. It executes on
    /// <see cref="RunThreads"/>, below the requests' priority; each of its writes runs at the requests' priority
    /// (<see cref="LowPriorityThreads.AtRequestPriorityAsync{T}"/>, enforced by <c>LowPriorityWriteGuard</c>), so a
    /// request never waits for the database's writer behind a thread this low.
    /// </summary>
    public async Task<RunOutcome> RunAsync(
        Guid influencerId,
        RunTrigger trigger,
        Guid? requestedRunId,
        Func<Guid, CancellationToken, ValueTask<CalculateMetricsResult>> calculate,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(calculate);

        // Chosen once, so a start tried again after a lost answer asks for the row it may have written.
        var runId = requestedRunId ?? Guid.CreateVersion7();
        using var active = activeRuns.Enter(runId);
        return await threads.RunAsync(
            async () =>
            {
                // One connection for the whole run (a score of statements), instead of one taken from the pool per
                // statement. When the database is away, each statement opens its own and the run's waits apply.
                var opened = await TryOpenConnectionAsync(cancellationToken);
                try
                {
                    return await RunOnOpenConnectionAsync(influencerId, trigger, requestedRunId, runId, calculate, cancellationToken);
                }
                finally
                {
                    if (opened)
                    {
                        await db.Database.CloseConnectionAsync();
                    }
                }
            },
            cancellationToken);
    }

    private async Task<bool> TryOpenConnectionAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            return true;
        }
        catch (Exception exception) when (DatabaseErrors.IsTransient(exception) && !cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    private async Task<RunOutcome> RunOnOpenConnectionAsync(
        Guid influencerId,
        RunTrigger trigger,
        Guid? requestedRunId,
        Guid runId,
        Func<Guid, CancellationToken, ValueTask<CalculateMetricsResult>> calculate,
        CancellationToken cancellationToken)
    {
        var asked = requestedRunId;
        var outage = OutageWaits.Limited(lifetime.ApplicationStopping);
        while (true)
        {
            try
            {
                if (await LowPriorityThreads.AtRequestPriorityAsync(() => runLog.StartAsync(influencerId, trigger, asked, runId, cancellationToken)) is null)
                {
                    return new RunOutcome(requestedRunId ?? Guid.Empty, RunStatus.Failed, null, RunLog.InfluencerMissing);
                }

                break;
            }
            catch (Exception exception) when (DatabaseErrors.IsTransient(exception) && !cancellationToken.IsCancellationRequested)
            {
                asked = runId;
                db.ChangeTracker.Clear();
                if (!await WaitForDatabaseAsync(exception, influencerId, runId, outage, cancellationToken))
                {
                    return await GiveUpAsync(influencerId, runId, trigger);
                }
            }
        }

        using var scope = logger.BeginScope(new Dictionary<string, object>
        {
            ["InfluencerId"] = influencerId,
            ["RunId"] = runId,
            ["Trigger"] = trigger,
        });
        using var activity = RunTelemetry.StartRun(influencerId, runId, trigger);
        var started = Stopwatch.GetTimestamp();

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var calculated = await calculate(runId, cancellationToken);
                await LowPriorityThreads.AtRequestPriorityAsync(() => CommitAsync(influencerId, runId, calculated, cancellationToken));
                return RunTelemetry.Finished(new RunOutcome(runId, RunStatus.Succeeded, null, null), trigger, started, activity);
            }
            catch (Exception exception) when (RunError.IsConcurrentChange(exception) && attempt < MaxAttempts)
            {
                // Someone changed the influencer while this run computed: compute again on the new data.
                db.ChangeTracker.Clear();
                LogRetry(influencerId, runId, attempt);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                db.ChangeTracker.Clear();
                // Not the influencer's failure: no back-off, and no stage to blame.
                await LowPriorityThreads.AtRequestPriorityAsync(() => RecordFailureAsync(influencerId, runId, null, "The run was cancelled (shutdown).", countsAsFailure: false));
                throw;
            }
            catch (Exception exception) when (DatabaseErrors.IsTransient(exception))
            {
                // The database went away under the run (or its commit): not the influencer's failure. Compute again
                // once it is back; nothing of the failed attempt was kept (the commit is one transaction).
                db.ChangeTracker.Clear();
                if (!await WaitForDatabaseAsync(exception, influencerId, runId, outage, cancellationToken))
                {
                    var outcome = await GiveUpAsync(influencerId, runId, trigger);
                    return outcome.Status == RunStatus.Failed ? RunTelemetry.Finished(outcome, trigger, started, activity) : outcome;
                }
            }
            catch (Exception exception)
            {
                db.ChangeTracker.Clear();
                var (stage, error) = RunError.Classify(exception);
                LogRunFailed(exception.InnerException ?? exception, influencerId, runId, stage, trigger, error);
                var permanent = RunError.IsPermanent(exception);
                await LowPriorityThreads.AtRequestPriorityAsync(() => RecordFailureAsync(influencerId, runId, stage, error, countsAsFailure: true, permanent));
                return RunTelemetry.Finished(new RunOutcome(runId, RunStatus.Failed, stage, error), trigger, started, activity);
            }
        }
    }

    /// <summary>Waits for the database after a transient failure; false when the waits are spent or the app is stopping.</summary>
    private async Task<bool> WaitForDatabaseAsync(Exception exception, Guid influencerId, Guid runId, OutageWaits outage, CancellationToken cancellationToken)
    {
        if (outage.Next is not { } wait)
        {
            return false;
        }

        LogDatabaseUnavailable(exception, influencerId, runId, wait.TotalSeconds);
        return await outage.WaitAsync(cancellationToken);
    }

    /// <summary>
    /// The database stayed away: a manual run (acknowledged, so it must still run) goes back to the queue for any
    /// instance; any other is closed without a back-off and its claim released, so its next turn runs it. Written
    /// however long the database takes to come back; should the app stop first, the run is left running on this
    /// instance, and the heartbeat of another (or of this one's next start) recovers it as an interrupted run.
    /// </summary>
    private async Task<RunOutcome> GiveUpAsync(Guid influencerId, Guid runId, RunTrigger trigger)
    {
        db.ChangeTracker.Clear();
        LogGaveUp(influencerId, runId, trigger);
        var outage = OutageWaits.Unlimited(lifetime.ApplicationStopping);
        while (true)
        {
            try
            {
                if (trigger == RunTrigger.Manual)
                {
                    await LowPriorityThreads.AtRequestPriorityAsync(() => runLog.RequeueAsync(runId, CancellationToken.None));
                    return new RunOutcome(runId, RunStatus.Running, null, null);
                }

                await LowPriorityThreads.AtRequestPriorityAsync(() => RecordFailureAsync(influencerId, runId, null, DatabaseUnavailable, countsAsFailure: false));
                return new RunOutcome(runId, RunStatus.Failed, null, DatabaseUnavailable);
            }
            catch (Exception exception) when (DatabaseErrors.IsTransient(exception))
            {
                db.ChangeTracker.Clear();
                if (!await WaitForDatabaseAsync(exception, influencerId, runId, outage, CancellationToken.None))
                {
                    throw;
                }
            }
        }
    }

    private async Task CommitAsync(Guid influencerId, Guid runId, CalculateMetricsResult calculated, CancellationToken cancellationToken)
    {
        // The influencer is the one the profile step tracked, so its concurrency token covers the whole run.
        var influencer = db.Influencers.Local.FindEntry(influencerId)?.Entity
            ?? await db.Influencers.SingleAsync(i => i.Id == influencerId, cancellationToken);
        var finishedAt = time.GetUtcNow().UtcDateTime;

        influencer.UpdatedAt = calculated.CalculatedAt;
        influencer.LastUpdateStatus = LatestRunStatus.Succeeded;
        influencer.LastUpdateAt = finishedAt;
        influencer.LastUpdateError = null;
        influencer.LatestRunId = runId;
        var figures = calculated.Catalogue;
        (influencer.RelevanceOverall, influencer.KnownComponents, influencer.EngagementRate, influencer.GrowthRate30) =
            (figures.RelevanceOverall, figures.KnownComponents, figures.EngagementRate, figures.GrowthRate30);
        (influencer.FollowerTier, influencer.ErPercentile, influencer.DataConfidence, influencer.RaisedFlags) =
            (figures.FollowerTier, figures.ErPercentile, figures.DataConfidence, figures.RaisedFlags);
        var entry = db.Entry(influencer);
        Backoff.Reset(entry);
        ClaimStore.Release(entry);
        runLog.Succeeded(runId, calculated.CalculatedAt, calculated.DataAsOf, finishedAt, calculated.ProfileNote);

        // One SaveChanges is one transaction: the stage results, the influencer and the run, or nothing. Run once, not
        // retried in place (the tracked influencer carries the run's concurrency token): after a transient failure the
        // whole run computes again (RunOnOpenConnectionAsync).
        db.AddRange(calculated.Results);
        await TransientFailureRetries.OnceAsync(db, token => db.SaveChangesAsync(token), cancellationToken);
        db.ChangeTracker.Clear();
    }

    private async Task RecordFailureAsync(Guid influencerId, Guid runId, string? stage, string error, bool countsAsFailure, bool permanent = false)
    {
        // Recorded even when the caller is shutting down, so no run is left "running" without cause.
        var now = time.GetUtcNow().UtcDateTime;
        await runLog.FailAsync(runId, stage, error, now, CancellationToken.None);
        if (await claims.GetAsync(influencerId, CancellationToken.None) is not { } state)
        {
            return;
        }

        // updatedAt and the metrics stay as they were: readers keep the last good numbers.
        await db.Influencers.Where(i => i.Id == influencerId)
            .ExecuteUpdateAsync(
                set =>
                {
                    set.SetProperty(i => i.LastUpdateStatus, LatestRunStatus.Failed)
                        .SetProperty(i => i.LastUpdateAt, now)
                        .SetProperty(i => i.LastUpdateError, error);
                    Backoff.AfterFailure(set, state, now, countsAsFailure, permanent, options.Value.FailureBackoff);
                    ClaimStore.Released(set);
                },
                CancellationToken.None);
    }

    [LoggerMessage(Level = LogLevel.Error,
        Message = "Error updating metrics of influencer {InfluencerId} (run {RunId}, trigger {Trigger}) at stage {Stage}: {Error}")]
    private partial void LogRunFailed(Exception exception, Guid influencerId, Guid runId, string stage, RunTrigger trigger, string error);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "The database was unavailable during run {RunId} of influencer {InfluencerId}; trying again in {WaitSeconds} s")]
    private partial void LogDatabaseUnavailable(Exception exception, Guid influencerId, Guid runId, double waitSeconds);

    [LoggerMessage(Level = LogLevel.Error,
        Message = "Error updating metrics of influencer {InfluencerId} (run {RunId}, trigger {Trigger}): the database stayed unavailable; the run is left for a later turn")]
    private partial void LogGaveUp(Guid influencerId, Guid runId, RunTrigger trigger);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Influencer {InfluencerId} changed during run {RunId}; calculating again (attempt {Attempt})")]
    private partial void LogRetry(Guid influencerId, Guid runId, int attempt);
}
