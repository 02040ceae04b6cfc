namespace AnalisaAI.Api.Features.MetricsUpdate.Freshness;

/// <summary>
/// The best shares within target (by data age) that the source's call budget allows: overall, hot and cold
/// (0..1), and the calls per hour that would keep every influencer within its target.
/// </summary>
public sealed record FreshnessLimit(double WithinTarget, double Hot, double Cold, double CallsPerHourNeeded);
