using Mediator;

namespace AnalisaAI.Api.Features.MetricsUpdate.LoadDataTargets;

/// <summary>
/// The data age the update aims to keep each of these influencers within: <c>MetricsUpdate:HotTargetAge</c>
/// for one viewed in the last 24 hours, <c>MetricsUpdate:TargetAge</c> otherwise. <paramref name="Viewing"/>
/// says the caller is showing them to a user now, which makes them viewed whatever the stored views say (a
/// view is written a few seconds later). The catalogue puts the target beside <c>dataAsOf</c>, so a client can
/// tell old data without knowing the server's settings.
/// </summary>
public sealed record LoadDataTargetsQuery(IReadOnlyCollection<Guid> InfluencerIds, bool Viewing) : IQuery<LoadDataTargetsResult>;
