using AnalisaAI.Api.Features.MetricsUpdate.Claims;
using AnalisaAI.Api.Features.MetricsUpdate.Execution;
using AnalisaAI.Api.Features.MetricsUpdate.Runs;
using AnalisaAI.Api.Features.SocialData.GetCallAllowance;
using Mediator;
using Microsoft.Extensions.Options;
using Quartz;

namespace AnalisaAI.Api.Features.MetricsUpdate.Scheduling;

/// <summary>
/// Keeps the catalogue fresh when nobody logs in, and fills the source's call budget: every
/// <c>MetricsUpdate:Sweep:Interval</c> it claims as many due influencers as the budget allows calls until the next
/// sweep (<see cref="SweepBatch"/>; all that are due, up to <c>BatchSize</c>, with the <c>Stored</c> source), through
/// the same claim as the triggers, and runs them within the budget. A clustered Quartz job: one instance sweeps at a time.
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
        var settings = options.Value;
        var calls = await sender.Send(new GetCallAllowanceQuery(settings.Lead), cancellationToken);
        var size = SweepBatch.Size(calls, settings.Sweep.BatchSize);
        if (size == 0)
        {
            return;
        }

        var claimed = await claims.ClaimAsync(size, cancellationToken, dueOnly: true);
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
