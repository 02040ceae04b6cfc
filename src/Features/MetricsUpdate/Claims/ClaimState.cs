namespace AnalisaAI.Api.Features.MetricsUpdate.Claims;

/// <summary>Where an influencer stands for the update: its claim (<see cref="ClaimStore"/>) and its back-off (<see cref="Backoff"/>).</summary>
public sealed record ClaimState(DateTime? ClaimedUntil, DateTime? RetryNotBefore, int ConsecutiveFailures);
