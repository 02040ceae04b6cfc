using AnalisaAI.Api.Infrastructure.Web;

namespace AnalisaAI.Api.Features.Metrics.Benchmark;

/// <summary>tier(f) of docs/metrics.md: the follower tiers, bounds included at the bottom.</summary>
public static class FollowerTier
{
    public const string Nano = "nano";
    public const string Micro = "micro";
    public const string Mid = "mid";
    public const string Macro = "macro";
    public const string Mega = "mega";

    public static readonly ClosedSet All = new(typeof(FollowerTier), nameof(FollowerTier), [Nano, Micro, Mid, Macro, Mega]);

    /// <summary>The tier of a follower count, or null under 1,000 followers (0 included).</summary>
    public static string? Of(long followers) => followers switch
    {
        < 1_000 => null,
        < 10_000 => Nano,
        < 100_000 => Micro,
        < 500_000 => Mid,
        < 1_000_000 => Macro,
        _ => Mega,
    };
}
