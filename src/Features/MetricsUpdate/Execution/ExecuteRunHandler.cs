using AnalisaAI.Api.Features.Metrics.CalculateMetrics;
using Mediator;

namespace AnalisaAI.Api.Features.MetricsUpdate.Execution;

/// <summary>
/// Orchestrates one run: the Metrics feature computes the results (<see cref="CalculateMetricsCommand"/>),
/// and <see cref="RunLifecycle"/> owns everything around it (the run's lifecycle, the commit, retries,
/// failures and back-off).
/// </summary>
public sealed class ExecuteRunHandler(RunLifecycle lifecycle, ISender sender)
    : ICommandHandler<ExecuteRunCommand, RunOutcome>
{
    public async ValueTask<RunOutcome> Handle(ExecuteRunCommand command, CancellationToken cancellationToken) =>
        await lifecycle.RunAsync(
            command.InfluencerId,
            command.Trigger,
            command.RunId,
            (runId, token) => sender.Send(new CalculateMetricsCommand(runId, command.InfluencerId), token),
            cancellationToken);
}
