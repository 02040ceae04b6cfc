using Mediator;

namespace AnalisaAI.Api.Features.Influencers;

/// <summary>
/// An influencer is about to be deleted, inside the deletion's transaction: a feature that keeps something about
/// it outside the cascades (the benchmark's entries) updates it here, committed with the deletion or not at all.
/// </summary>
public sealed record InfluencerDeleting(Guid InfluencerId) : INotification;
