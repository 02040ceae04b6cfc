using System.Diagnostics;
using AnalisaAI.Api.Features.Metrics.Profile;
using AnalisaAI.Api.Features.Metrics.Relevance;
using Mediator;
using Microsoft.Extensions.Options;

namespace AnalisaAI.Api.Features.Metrics.CalculateMetrics;

/// <summary>
/// Runs the profile step, reads T once, then runs the registered stages in order, each seeing the results of
/// those before it. A failing step stops the later ones (relevance depends on the others).
/// </summary>
public sealed partial class CalculateMetricsHandler(
    ISender sender,
    IEnumerable<IMetricStage> stages,
    TimeProvider time,
    IOptions<MetricsOptions> options,
    ILogger<CalculateMetricsHandler> logger) : ICommandHandler<CalculateMetricsCommand, CalculateMetricsResult>
{
    public const string ProfileStep = "profile";

    public async ValueTask<CalculateMetricsResult> Handle(CalculateMetricsCommand command, CancellationToken cancellationToken)
    {
        var profile = await TimedAsync(ProfileStep, command, () => sender.Send(new ProfileCommand(command.InfluencerId), cancellationToken), cancellationToken);

        // T is read once per run, after the profile is stored; every stage and every result carries it.
        var context = new StageContext(
            command.RunId,
            command.InfluencerId,
            time.GetUtcNow().UtcDateTime,
            options.Value.WindowDays,
            profile.Platform,
            profile.Followers,
            profile.Following,
            []);
        foreach (var stage in stages)
        {
            context = context.With(await TimedAsync(stage.Name, command, () => stage.CalculateAsync(context, cancellationToken), cancellationToken));
        }

        return new CalculateMetricsResult(context.CalculatedAt, context.Results, context.Metrics<RelevanceScore>().Overall);
    }

    private async Task<T> TimedAsync<T>(string stage, CalculateMetricsCommand command, Func<ValueTask<T>> step, CancellationToken cancellationToken)
    {
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
