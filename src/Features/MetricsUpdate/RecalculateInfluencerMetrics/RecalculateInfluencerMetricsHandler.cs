using AnalisaAI.Api.Features.Metrics.CalculateMetrics;
using Mediator;

namespace AnalisaAI.Api.Features.MetricsUpdate.RecalculateInfluencerMetrics;

/// <summary>
/// Orchestrates one run: the Metrics feature computes the results (<see cref="CalculateMetricsCommand"/>),
/// and <see cref="MetricsUpdateState"/> owns everything around it (the run's lifecycle, the commit, retries,
/// failures and back-off).
/// </summary>
public sealed class RecalculateInfluencerMetricsHandler(MetricsUpdateState state, ISender sender)
    : ICommandHandler<RecalculateInfluencerMetricsCommand, RunOutcome>
{
    public async ValueTask<RunOutcome> Handle(RecalculateInfluencerMetricsCommand command, CancellationToken cancellationToken) =>
        await state.RunAsync(
            command.InfluencerId,
            command.Trigger,
            command.RunId,
            (runId, token) => sender.Send(new CalculateMetricsCommand(runId, command.InfluencerId), token),
            cancellationToken);
}
