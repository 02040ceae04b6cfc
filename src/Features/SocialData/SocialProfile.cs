namespace AnalisaAI.Api.Features.SocialData;

/// <summary>An influencer's profile as a source reports it; a null count means the source does not know it.</summary>
public sealed record SocialProfile(
    string? DisplayName,
    string? Biography,
    long? Followers,
    long? Following,
    long? PostsCount,
    IReadOnlyList<SocialPost> RecentPosts);
