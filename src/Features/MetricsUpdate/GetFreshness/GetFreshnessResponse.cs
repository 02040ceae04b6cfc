using AnalisaAI.Api.Features.SocialData.GetSourceStatus;

namespace AnalisaAI.Api.Features.MetricsUpdate.GetFreshness;

/// <summary>
/// <paramref name="AgeSeconds"/> is over the updated influencers (nulls when none); <paramref name="WithinTarget"/>
/// is the share of them within their target age (0..1). <paramref name="DataAgeSeconds"/> and
/// <paramref name="WithinTargetByData"/> are the same from <c>dataAsOf</c>; <paramref name="HotWithinTarget"/> is the
/// share of influencers viewed in the last 24 h whose data is within HotTargetAge (null when none was viewed);
/// <paramref name="Limit"/> is what the source's budget allows.
/// </summary>
public sealed record GetFreshnessResponse(
    int Influencers,
    int NeverUpdated,
    int DueNow,
    GetFreshnessAges AgeSeconds,
    GetFreshnessAges DataAgeSeconds,
    double? WithinTarget,
    double? WithinTargetByData,
    GetFreshnessLimit Limit,
    double? HotWithinTarget,
    SourceStatus Source);
