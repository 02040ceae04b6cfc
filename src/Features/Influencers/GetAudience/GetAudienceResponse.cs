namespace AnalisaAI.Api.Features.Influencers.GetAudience;

public sealed record GetAudienceResponse(IReadOnlyList<AudienceDayResponse> Items);
