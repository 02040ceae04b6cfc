namespace AnalisaAI.Api.Features.Metrics.Signals;

/// <summary>The evidence of massFollowing.</summary>
public sealed record MassFollowingEvidence(long Following, long Followers, double Ratio);
