namespace AnalisaAI.Api.Features.MetricsUpdate.Freshness;

/// <summary>What freshness needs of one influencer.</summary>
public readonly record struct FreshnessRow(DateTime? UpdatedAt, DateTime? LastViewedAt, bool Claimable);
