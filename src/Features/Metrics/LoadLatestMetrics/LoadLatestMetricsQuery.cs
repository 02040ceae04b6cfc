using Mediator;

namespace AnalisaAI.Api.Features.Metrics.LoadLatestMetrics;

/// <summary>
/// The current metrics of each of these influencers that has had a successful run (others are absent), in a
/// fixed number of queries however many influencers are asked for. The catalogue embeds them in its responses.
/// </summary>
public sealed record LoadLatestMetricsQuery(IReadOnlyCollection<Guid> InfluencerIds) : IQuery<LoadLatestMetricsResult>;
