using System.Diagnostics;
using AnalisaAI.Api.Features.Metrics.Profile;
using AnalisaAI.Api.Infrastructure.Threading;
using Mediator;
using Microsoft.Extensions.Options;

namespace AnalisaAI.Api.Features.Metrics.CalculateMetrics;

/// <summary>
/// Reads T once, runs the profile step, then runs the registered stages in order, each seeing the results of
/// those before it. A failing step stops the later ones (relevance depends on the others).
/// </summary>
public sealed partial class CalculateMetricsHandler(
    ISender sender,
    IEnumerable<IMetricStage> stages,
    WindowPosts window,
    TimeProvider time,
    IOptions<MetricsOptions> options,
    ILogger<CalculateMetricsHandler> logger) : ICommandHandler<CalculateMetricsCommand, CalculateMetricsResult>
{
    public const string ProfileStep = "profile";

    public async ValueTask<CalculateMetricsResult> Handle(CalculateMetricsCommand command, CancellationToken cancellationToken)
    {
        // T is read once per run, before the profile step (which stores the snapshot of T's date); every stage
        // and every result carries it.
        var calculatedAt = time.GetUtcNow().UtcDateTime;
        window.Clear();
        // The profile step writes (the fetched profile, the source's budget): at the requests' priority, whatever
        // thread the run is on. The stages only read and compute, and stay where the run put them.
        var profile = await TimedAsync(
            ProfileStep,
            command,
            () => new ValueTask<ProfileResult>(LowPriorityThreads.AtRequestPriorityAsync(() => sender.Send(new ProfileCommand(command.InfluencerId, calculatedAt), cancellationToken).AsTask())),
            cancellationToken);

        var context = new StageContext(
            command.RunId,
            command.InfluencerId,
            calculatedAt,
            options.Value.WindowDays,
            profile.Platform,
            profile.Followers,
            profile.Following,
            []);
        foreach (var stage in stages)
        {
            context = context.With(await TimedAsync(stage.Name, command, () => stage.CalculateAsync(context, cancellationToken), cancellationToken));
        }

        return new CalculateMetricsResult(context.CalculatedAt, context.Results, CatalogueFigures.Of(context), profile.DataAsOf, profile.Note);
    }

    private async Task<T> TimedAsync<T>(string stage, CalculateMetricsCommand command, Func<ValueTask<T>> step, CancellationToken cancellationToken)
    {
        using var activity = MetricsTelemetry.Source.StartActivity(stage);
        activity?.SetTag("analisaai.stage", stage);
        var started = Stopwatch.GetTimestamp();
        T result;
        try
        {
            result = await step();
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception)
        {
            activity?.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
            throw new StageFailedException(stage, exception);
        }

        var elapsedMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        LogStage(stage, command.InfluencerId, command.RunId, elapsedMs);
        return result;
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Successfully calculated {Stage} for influencer {InfluencerId} (run {RunId}) in {ElapsedMs:0.0} ms")]
    private partial void LogStage(string stage, Guid influencerId, Guid runId, double elapsedMs);
}
