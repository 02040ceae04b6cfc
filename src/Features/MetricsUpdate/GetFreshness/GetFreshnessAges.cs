namespace AnalisaAI.Api.Features.MetricsUpdate.GetFreshness;

/// <summary>Ages of the updated influencers' metrics, in seconds.</summary>
public sealed record GetFreshnessAges(double? P50, double? P90, double? Max);
