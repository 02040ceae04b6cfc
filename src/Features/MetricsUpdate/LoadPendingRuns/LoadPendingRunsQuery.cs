using Mediator;

namespace AnalisaAI.Api.Features.MetricsUpdate.LoadPendingRuns;

/// <summary>
/// Which of these influencers have a run pending: queued (a manual run waiting in the run log, or claimed by a
/// login, refresh or sweep and waiting for its turn) or running. The catalogue shows it beside each list item,
/// for a whole page in one query.
/// </summary>
public sealed record LoadPendingRunsQuery(IReadOnlyCollection<Guid> InfluencerIds) : IQuery<LoadPendingRunsResult>;
