namespace AnalisaAI.Api.Features.Influencers.ListInfluencers;

public sealed record ListInfluencerIdsResult(IReadOnlyList<Guid> Ids);
