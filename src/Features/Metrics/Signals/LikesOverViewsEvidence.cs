namespace AnalisaAI.Api.Features.Metrics.Signals;

/// <summary>The evidence of likesExceedViews: how many posts, and the newest of them.</summary>
public sealed record LikesOverViewsEvidence(int Posts, int PostsWithViews, string ExternalId, long Likes, long Views);
