namespace AnalisaAI.Api.Features.MetricsUpdate.Freshness;

/// <summary>What freshness needs of one influencer: when it was last calculated, when its data last arrived, when it was last viewed.</summary>
public readonly record struct FreshnessRow(DateTime? UpdatedAt, DateTime? DataAsOf, DateTime? LastViewedAt, bool Claimable);
