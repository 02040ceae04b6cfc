using System.Diagnostics;
using AnalisaAI.Api.Features.Influencers;
using AnalisaAI.Api.Features.Metrics.Engagement;
using AnalisaAI.Api.Features.Metrics.Growth;
using AnalisaAI.Api.Features.Metrics.Profile;
using AnalisaAI.Api.Features.Metrics.Reach;
using AnalisaAI.Api.Features.Metrics.Relevance;
using AnalisaAI.Api.Infrastructure.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AnalisaAI.Api.Features.Metrics.RecalculateInfluencerMetrics;

/// <summary>
/// Runs the stages in order. The profile stage stores the fresh profile first; the metric stages then
/// compute from the database and add their results to one unit of work, saved in one transaction with
/// the influencer's updatedAt, status and latest run, so readers see the old metrics or the new ones.
/// The influencer's concurrency token makes a run that overlapped another write start again on the new
/// data instead of overwriting it. A failed stage stops the later ones; the run is recorded as failed
/// and the influencer backs off.
/// </summary>
public sealed partial class RecalculateInfluencerMetricsHandler(
    AppDbContext db,
    ISender sender,
    TimeProvider time,
    IOptions<MetricsOptions> options,
    ILogger<RecalculateInfluencerMetricsHandler> logger) : ICommandHandler<RecalculateInfluencerMetricsCommand, RecalculationOutcome>
{
    private const int MaxAttempts = 3;
    private const int MaxErrorLength = 500;

    public async ValueTask<RecalculationOutcome> Handle(RecalculateInfluencerMetricsCommand command, CancellationToken cancellationToken)
    {
        var runId = await StartRunAsync(command, cancellationToken);
        if (runId is null)
        {
            return new RecalculationOutcome(command.RunId ?? Guid.Empty, RunStatus.Failed, null, "The influencer no longer exists.");
        }

        using var scope = logger.BeginScope(new Dictionary<string, object>
        {
            ["InfluencerId"] = command.InfluencerId,
            ["RunId"] = runId.Value,
            ["Trigger"] = command.Trigger,
        });

        var stage = MetricStage.Profile;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await RunStagesAsync(command.InfluencerId, runId.Value, s => stage = s, cancellationToken);
            }
            catch (DbUpdateConcurrencyException) when (attempt < MaxAttempts)
            {
                // Someone changed the influencer while this run computed: compute again on the new data.
                db.ChangeTracker.Clear();
                LogRetry(command.InfluencerId, runId.Value, attempt);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                db.ChangeTracker.Clear();
                await RecordFailureAsync(command.InfluencerId, runId.Value, stage, "The run was cancelled (shutdown).", countsAsFailure: false);
                throw;
            }
            catch (Exception exception)
            {
                db.ChangeTracker.Clear();
                var failedStage = exception is DbUpdateException ? MetricStage.Commit : stage;
                var error = Describe(exception);
                LogStageFailed(exception, command.InfluencerId, runId.Value, failedStage, command.Trigger, error);
                await RecordFailureAsync(command.InfluencerId, runId.Value, failedStage, error, countsAsFailure: true);
                return new RecalculationOutcome(runId.Value, RunStatus.Failed, failedStage, error);
            }
        }
    }

    private async Task<RecalculationOutcome> RunStagesAsync(Guid influencerId, Guid runId, Action<string> enter, CancellationToken cancellationToken)
    {
        var settings = options.Value;

        async Task<T> StageAsync<T>(string stage, Func<ValueTask<T>> send)
        {
            enter(stage);
            var started = Stopwatch.GetTimestamp();
            var result = await send();
            var elapsedMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            LogStage(stage, influencerId, runId, elapsedMs);
            return result;
        }

        var profile = await StageAsync(MetricStage.Profile, () => sender.Send(new ProfileCommand(influencerId), cancellationToken));

        // T is read once per run, after the profile is stored; every stage and the results carry it.
        var calculatedAt = time.GetUtcNow().UtcDateTime;
        var context = new StageContext(runId, influencerId, calculatedAt, profile.Followers, settings.WindowDays);

        var engagement = await StageAsync(MetricStage.Engagement, () => sender.Send(new EngagementCommand(context), cancellationToken));
        var reach = await StageAsync(MetricStage.Reach, () => sender.Send(new ReachCommand(context), cancellationToken));
        var growth = await StageAsync(MetricStage.Growth, () => sender.Send(new GrowthCommand(context), cancellationToken));
        var relevance = await StageAsync(MetricStage.Relevance, () => sender.Send(
            new RelevanceCommand(context, profile.Platform, profile.Following, engagement, reach, growth), cancellationToken));

        enter(MetricStage.Commit);
        var influencer = await db.Influencers.SingleAsync(i => i.Id == influencerId, cancellationToken);
        var run = await db.MetricRuns.SingleAsync(r => r.Id == runId, cancellationToken);
        var finishedAt = time.GetUtcNow().UtcDateTime;

        influencer.UpdatedAt = calculatedAt;
        influencer.LastUpdateStatus = UpdateStatus.Succeeded;
        influencer.LastUpdateAt = finishedAt;
        influencer.LastUpdateError = null;
        influencer.LatestRunId = runId;
        influencer.RelevanceOverall = relevance.Overall;
        influencer.ConsecutiveFailures = 0;
        influencer.RetryNotBefore = null;
        influencer.ClaimedUntil = null;

        run.Status = RunStatus.Succeeded;
        run.CalculatedAt = calculatedAt;
        run.FinishedAt = finishedAt;
        run.FailedStage = null;
        run.Error = null;

        // One SaveChanges is one transaction: the four results, the influencer and the run, or nothing.
        await db.SaveChangesAsync(cancellationToken);
        return new RecalculationOutcome(runId, RunStatus.Succeeded, null, null);
    }

    private async Task<Guid?> StartRunAsync(RecalculateInfluencerMetricsCommand command, CancellationToken cancellationToken)
    {
        if (!await db.Influencers.AnyAsync(i => i.Id == command.InfluencerId, cancellationToken))
        {
            if (command.RunId is { } orphan)
            {
                await db.MetricRuns.Where(r => r.Id == orphan && r.Status == RunStatus.Running)
                    .ExecuteUpdateAsync(set => set
                        .SetProperty(r => r.Status, RunStatus.Failed)
                        .SetProperty(r => r.FinishedAt, time.GetUtcNow().UtcDateTime)
                        .SetProperty(r => r.Error, "The influencer no longer exists."), cancellationToken);
            }

            return null;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var run = command.RunId is { } id ? await db.MetricRuns.SingleOrDefaultAsync(r => r.Id == id, cancellationToken) : null;
        if (run is null)
        {
            run = new MetricRun { Id = command.RunId ?? Guid.CreateVersion7(), InfluencerId = command.InfluencerId, Trigger = command.Trigger };
            db.MetricRuns.Add(run);
        }

        // A run requested earlier (or interrupted by a crash and run again) starts afresh.
        run.Status = RunStatus.Running;
        run.StartedAt = now;
        run.FinishedAt = null;
        run.CalculatedAt = null;
        run.FailedStage = null;
        run.Error = null;
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return run.Id;
    }

    private async Task RecordFailureAsync(Guid influencerId, Guid runId, string stage, string error, bool countsAsFailure)
    {
        // Recorded even when the caller is shutting down, so no run is left "running" without cause.
        var now = time.GetUtcNow().UtcDateTime;
        await db.MetricRuns.Where(r => r.Id == runId)
            .ExecuteUpdateAsync(set => set
                .SetProperty(r => r.Status, RunStatus.Failed)
                .SetProperty(r => r.FinishedAt, now)
                .SetProperty(r => r.FailedStage, stage)
                .SetProperty(r => r.Error, error), CancellationToken.None);

        var influencer = await db.Influencers.AsNoTracking()
            .Where(i => i.Id == influencerId)
            .Select(i => new { i.ConsecutiveFailures })
            .SingleOrDefaultAsync(CancellationToken.None);
        if (influencer is null)
        {
            return;
        }

        var failures = countsAsFailure ? influencer.ConsecutiveFailures + 1 : influencer.ConsecutiveFailures;
        DateTime? retryNotBefore = countsAsFailure ? now.Add(options.Value.FailureBackoff.After(failures)) : null;

        // updatedAt and the metrics stay as they were: readers keep the last good numbers.
        await db.Influencers.Where(i => i.Id == influencerId)
            .ExecuteUpdateAsync(set => set
                .SetProperty(i => i.LastUpdateStatus, UpdateStatus.Failed)
                .SetProperty(i => i.LastUpdateAt, now)
                .SetProperty(i => i.LastUpdateError, error)
                .SetProperty(i => i.ConsecutiveFailures, failures)
                .SetProperty(i => i.RetryNotBefore, retryNotBefore)
                .SetProperty(i => i.ClaimedUntil, (DateTime?)null), CancellationToken.None);
    }

    private static string Describe(Exception exception)
    {
        var message = exception switch
        {
            DbUpdateConcurrencyException => "The influencer kept changing while its metrics were saved.",
            DbUpdateException => "The results could not be saved.",
            _ => exception.Message,
        };
        return message.Length <= MaxErrorLength ? message : message[..MaxErrorLength];
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Successfully calculated {Stage} for influencer {InfluencerId} (run {RunId}) in {ElapsedMs:0.0} ms")]
    private partial void LogStage(string stage, Guid influencerId, Guid runId, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Error,
        Message = "Error updating metrics of influencer {InfluencerId} (run {RunId}, trigger {Trigger}) at stage {Stage}: {Error}")]
    private partial void LogStageFailed(Exception exception, Guid influencerId, Guid runId, string stage, RunTrigger trigger, string error);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Influencer {InfluencerId} changed during run {RunId}; recalculating (attempt {Attempt})")]
    private partial void LogRetry(Guid influencerId, Guid runId, int attempt);
}
