using Mediator;

namespace AnalisaAI.Api.Features.Influencers;

/// <summary>Someone read an influencer (its profile, its metrics or their history): interest the update weighs.</summary>
public sealed record InfluencerViewed(Guid InfluencerId) : INotification;
