namespace AnalisaAI.Api.Features.MetricsUpdate.Claims;

/// <summary>A picked influencer before ordering: when what its age is judged on dates from, and whether it is hot (viewed within the last day).</summary>
public readonly record struct ClaimCandidate(Guid Id, DateTime AsOf, bool Hot);
