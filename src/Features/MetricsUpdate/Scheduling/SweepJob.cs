using AnalisaAI.Api.Features.MetricsUpdate.Claims;
using AnalisaAI.Api.Features.MetricsUpdate.Execution;
using AnalisaAI.Api.Features.MetricsUpdate.Runs;
using Mediator;
using Microsoft.Extensions.Options;
using Quartz;

namespace AnalisaAI.Api.Features.MetricsUpdate.Scheduling;

/// <summary>
/// Keeps the catalogue fresh when nobody logs in: every <c>MetricsUpdate:Sweep:Interval</c> it claims up to
/// <c>BatchSize</c> overdue influencers (through the same claim as the triggers) and runs them within
/// the budget. A clustered Quartz job: one instance sweeps at a time.
/// </summary>
[DisallowConcurrentExecution]
public sealed partial class SweepJob(
    ClaimStore claims,
    Budget budget,
    ISender sender,
    IOptions<MetricsUpdateOptions> options,
    ILogger<SweepJob> logger) : IJob
{
    public static readonly JobKey Key = new("sweep", RefreshJob.Group);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        await budget.EnterClaimAsync(cancellationToken);
        var claimed = await claims.ClaimAsync(options.Value.Sweep.BatchSize, cancellationToken, dueOnly: true);
        if (claimed.Count == 0)
        {
            return;
        }

        LogSweeping(claimed.Count, claimed);
        for (var i = 0; i < claimed.Count; i++)
        {
            try
            {
                using var lease = await budget.EnterRunAsync(cancellationToken);
                await sender.Send(new ExecuteRunCommand(claimed[i], RunTrigger.Sweep), cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                await claims.ReleaseAsync([.. claimed.Skip(i)], CancellationToken.None);
                throw;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Starting metrics update sweep of {Count} overdue influencers: {InfluencerIds}")]
    private partial void LogSweeping(int count, IReadOnlyList<Guid> influencerIds);
}
