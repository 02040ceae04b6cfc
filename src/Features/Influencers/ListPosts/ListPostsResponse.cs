namespace AnalisaAI.Api.Features.Influencers.ListPosts;

public sealed record ListPostsResponse(IReadOnlyList<PostEngagementResponse> Items, int Page, int PageSize, int TotalCount);
