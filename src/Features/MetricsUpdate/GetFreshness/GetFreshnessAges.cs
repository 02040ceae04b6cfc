using AnalisaAI.Api.Features.MetricsUpdate.Freshness;

namespace AnalisaAI.Api.Features.MetricsUpdate.GetFreshness;

/// <summary>Ages in seconds: of the updated influencers' metrics (<c>ageSeconds</c>) or of their data (<c>dataAgeSeconds</c>).</summary>
public sealed record GetFreshnessAges(double? P50, double? P90, double? Max)
{
    public static GetFreshnessAges From(FreshnessAges ages)
    {
        ArgumentNullException.ThrowIfNull(ages);
        return new GetFreshnessAges(ages.P50, ages.P90, ages.Max);
    }
}
