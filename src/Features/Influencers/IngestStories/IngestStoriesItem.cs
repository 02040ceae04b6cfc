namespace AnalisaAI.Api.Features.Influencers.IngestStories;

/// <summary>One story as sent; required fields are nullable so that a missing one is a validation error.</summary>
public sealed record IngestStoriesItem(
    string? ExternalId,
    DateTimeOffset? PublishedAt,
    long? Views,
    long? Reach,
    long? Exits,
    long? Replies);
