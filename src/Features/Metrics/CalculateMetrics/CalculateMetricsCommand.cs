using Mediator;

namespace AnalisaAI.Api.Features.Metrics.CalculateMetrics;

/// <summary>
/// Computes one run's metrics for one influencer: the profile step, then every stage in its declared order.
/// Nothing but the profile is saved: the caller stores the results with the run, in one transaction.
/// A failure is thrown as <see cref="StageFailedException"/>, naming the stage.
/// </summary>
public sealed record CalculateMetricsCommand(Guid RunId, Guid InfluencerId) : ICommand<CalculateMetricsResult>;
