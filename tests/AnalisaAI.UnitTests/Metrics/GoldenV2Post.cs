namespace AnalisaAI.UnitTests.Metrics;

internal sealed record GoldenV2Post(
    string ExternalId,
    DateTimeOffset PublishedAt,
    string ContentType,
    long Likes,
    long Comments,
    long? Shares,
    long? Saves,
    long? Views,
    long? Reach,
    long? Impressions);
