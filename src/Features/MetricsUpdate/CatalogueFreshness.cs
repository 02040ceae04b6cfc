namespace AnalisaAI.Api.Features.MetricsUpdate;

/// <summary>Influencers due for an update, and the age in seconds of the oldest stored metrics (null when none).</summary>
public sealed record CatalogueFreshness(int Due, double? OldestAgeSeconds);
