namespace AnalisaAI.Api.Features.MetricsUpdate;

/// <summary>Where an influencer stands in the metrics update: its claim and its back-off.</summary>
public sealed record InfluencerUpdateState(DateTime? ClaimedUntil, DateTime? RetryNotBefore, int ConsecutiveFailures);
