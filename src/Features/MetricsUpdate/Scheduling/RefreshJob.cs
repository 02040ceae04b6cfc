using AnalisaAI.Api.Features.MetricsUpdate.Execution;
using AnalisaAI.Api.Features.MetricsUpdate.Runs;
using Mediator;
using Quartz;

namespace AnalisaAI.Api.Features.MetricsUpdate.Scheduling;

/// <summary>
/// A refresh's deferred run of one influencer, kept in Quartz's persistent store so it survives a
/// restart. One job key per influencer: repeats coalesce and two of its jobs never overlap.
/// </summary>
[DisallowConcurrentExecution]
public sealed partial class RefreshJob(ISender sender, Budget budget, ILogger<RefreshJob> logger) : IJob
{
    public const string Group = "metrics-update";
    public const string InfluencerIdKey = "influencerId";
    public const string TriggerKey = "trigger";

    /// <summary>Set only by jobs that earlier versions stored for manual runs, which the run log now queues.</summary>
    public const string RunIdKey = "runId";

    public static JobKey KeyFor(Guid influencerId) => new($"influencer-{influencerId}", Group);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var data = context.MergedJobDataMap;
        var influencerId = Guid.Parse(data.GetString(InfluencerIdKey)!);
        var trigger = Enum.Parse<RunTrigger>(data.GetString(TriggerKey)!);
        if (data.GetString(RunIdKey) is { Length: > 0 })
        {
            // A manual run recorded before the upgrade: it waits in the run log, and ManualRunner runs it.
            return;
        }

        using var lease = await budget.EnterRunAsync(cancellationToken);
        LogStarting(influencerId, trigger, context.Recovering);
        await sender.Send(new ExecuteRunCommand(influencerId, trigger), cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Starting metrics update in background for influencer {InfluencerId} (trigger {Trigger}, recovering {Recovering})")]
    private partial void LogStarting(Guid influencerId, RunTrigger trigger, bool recovering);
}
