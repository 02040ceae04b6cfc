namespace AnalisaAI.Api.Features.Influencers.IngestPosts;

/// <summary>One post as sent; required fields are nullable so that a missing one is a validation error.</summary>
public sealed record IngestPostsItem(
    string? ExternalId,
    DateTimeOffset? PublishedAt,
    string? ContentType,
    long? Likes,
    long? Comments,
    long? Shares,
    long? Saves,
    long? Views,
    long? Reach,
    long? Impressions);
