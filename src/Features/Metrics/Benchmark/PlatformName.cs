using AnalisaAI.Api.Features.Influencers;

namespace AnalisaAI.Api.Features.Metrics.Benchmark;

/// <summary>A platform as the rules and the benchmark entries spell it: instagram, tiktok, facebook, youtube.</summary>
public static class PlatformName
{
    public static string Of(Platform platform) => platform.ToString().ToLowerInvariant();
}
