using AnalisaAI.Api.Features.Metrics.Engagement;
using AnalisaAI.Api.Features.Metrics.Growth;
using AnalisaAI.Api.Features.Metrics.Reach;

namespace AnalisaAI.Api.Features.Metrics.Relevance;

/// <summary>
/// Platform is lowercase (instagram, tiktok, facebook, youtube); PostTimes are the publishedAt of the
/// window's posts, in any order.
/// </summary>
public sealed record RelevanceInputs(
    string Platform,
    long Followers,
    long? Following,
    EngagementMetrics Engagement,
    ReachMetrics Reach,
    GrowthMetrics Growth,
    IReadOnlyList<DateTimeOffset> PostTimes,
    RelevanceWeights Weights);
