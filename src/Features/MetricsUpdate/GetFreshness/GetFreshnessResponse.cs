using AnalisaAI.Api.Features.SocialData.GetSourceStatus;

namespace AnalisaAI.Api.Features.MetricsUpdate.GetFreshness;

/// <summary>
/// <paramref name="AgeSeconds"/> is over the updated influencers (nulls when none); <paramref name="WithinTarget"/>
/// is the share of them within their target age (0..1).
/// </summary>
public sealed record GetFreshnessResponse(
    int Influencers,
    int NeverUpdated,
    int DueNow,
    GetFreshnessAges AgeSeconds,
    double? WithinTarget,
    SourceStatus Source);
