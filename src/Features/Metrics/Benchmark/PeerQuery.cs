namespace AnalisaAI.Api.Features.Metrics.Benchmark;

/// <summary>One run's question to <see cref="PeerIndex"/>: where do its two values stand in its platform and tier, as of T.</summary>
public sealed record PeerQuery(string Platform, string Tier, Guid InfluencerId, DateTime CalculatedAt, double? EngagementRatePublic, double? GrowthRate30);
