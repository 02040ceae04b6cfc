namespace AnalisaAI.Api.Features.Influencers;

/// <summary>The outcome of the influencer's latest metrics update.</summary>
public sealed record LastUpdateResponse(LatestRunStatus Status, DateTime? At, string? Error);
