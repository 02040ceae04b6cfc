using AnalisaAI.Api.Features.MetricsUpdate.Freshness;

namespace AnalisaAI.Api.Features.MetricsUpdate.GetFreshness;

/// <summary>
/// The best shares within target by data age (overall, hot, cold) that the source's call budget allows with the
/// current counts and targets, and the calls per hour that would keep everything within target (see
/// <see cref="FreshnessLimitCalculator"/>; with the <c>Stored</c> source 1, 1, 1 and 0).
/// </summary>
public sealed record GetFreshnessLimit(double WithinTarget, double Hot, double Cold, double CallsPerHourNeeded)
{
    public static GetFreshnessLimit From(FreshnessLimit limit)
    {
        ArgumentNullException.ThrowIfNull(limit);
        return new GetFreshnessLimit(limit.WithinTarget, limit.Hot, limit.Cold, limit.CallsPerHourNeeded);
    }
}
