using System.Diagnostics;
using System.Diagnostics.Metrics;
using AnalisaAI.Api.Features.MetricsUpdate.Execution;
using AnalisaAI.Api.Features.MetricsUpdate.Runs;

namespace AnalisaAI.Api.Features.MetricsUpdate.Telemetry;

/// <summary>
/// The run's instruments: a trace span per run (stages are its children), <c>analisaai_metric_runs_total{trigger,status}</c>
/// <c>analisaai_metric_run_duration_seconds</c> and <c>analisaai_metric_update_triggers_dropped_total{trigger}</c>. Static, like an ActivitySource, so the run state needs no new dependency.
/// </summary>
public static class RunTelemetry
{
    public const string Name = "AnalisaAI.MetricsUpdate";

    public static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    private static readonly Counter<long> Runs =
        Meter.CreateCounter<long>("analisaai.metric_runs", description: "Metric runs finished, by trigger and status.");

    private static readonly Histogram<double> Duration =
        Meter.CreateHistogram<double>(
            "analisaai.metric_run.duration",
            unit: "s",
            description: "How long a metric run took.",
            tags: null,
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30] });

    private static readonly Counter<long> Dropped =
        Meter.CreateCounter<long>("analisaai.metric_update_triggers_dropped", description: "Logins and refreshes whose update was dropped because the trigger queue was full.");

    /// <summary>Counts a trigger dropped because the queue of pending triggers was full.</summary>
    public static void TriggerDropped(RunTrigger trigger) => Dropped.Add(1, new KeyValuePair<string, object?>("trigger", Label(trigger)));

    public static Activity? StartRun(Guid influencerId, Guid runId, RunTrigger trigger)
    {
        var activity = Source.StartActivity("metrics run");
        activity?.SetTag("analisaai.influencer_id", influencerId);
        activity?.SetTag("analisaai.run_id", runId);
        activity?.SetTag("analisaai.trigger", Label(trigger));
        return activity;
    }

    /// <summary>Counts the finished run and its duration, and marks the span's outcome.</summary>
    public static RunOutcome Finished(RunOutcome outcome, RunTrigger trigger, long startedTimestamp, Activity? activity)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var tags = new TagList { { "trigger", Label(trigger) }, { "status", Label(outcome.Status) } };
        Runs.Add(1, tags);
        Duration.Record(Stopwatch.GetElapsedTime(startedTimestamp).TotalSeconds, tags);
        activity?.SetTag("analisaai.status", Label(outcome.Status));
        if (outcome.Status == RunStatus.Failed)
        {
            activity?.SetStatus(ActivityStatusCode.Error, outcome.FailedStage);
        }

        return outcome;
    }

    private static string Label<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();
}
