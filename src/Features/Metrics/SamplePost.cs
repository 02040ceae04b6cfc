namespace AnalisaAI.Api.Features.Metrics;

/// <summary>
/// What the part-2 rules read of one post of the window P (docs/metrics.md, "Part 2"): the public sample Q,
/// the video sample V, the posting gaps and the likes-over-views check.
/// </summary>
public sealed record SamplePost(
    string ExternalId,
    DateTime PublishedAt,
    bool IsVideo,
    long Likes,
    long Comments,
    long? Views);
