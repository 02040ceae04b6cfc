namespace AnalisaAI.Api.Features.Influencers.ListInfluencers;

public sealed record ListInfluencersResponse(IReadOnlyList<ListInfluencersItem> Items, int Page, int PageSize, int TotalCount);
