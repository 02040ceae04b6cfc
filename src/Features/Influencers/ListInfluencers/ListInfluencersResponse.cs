namespace AnalisaAI.Api.Features.Influencers.ListInfluencers;

public sealed record ListInfluencersResponse(IReadOnlyList<InfluencerResponse> Items, int Page, int PageSize, int TotalCount);
