namespace AnalisaAI.Api.Features.Influencers.GetAudience;

/// <summary>One stored daily snapshot; an unknown count stays null.</summary>
public sealed record AudienceDayResponse(DateOnly Date, long Followers, long? Following, long? Gained, long? Lost, long? ProfileViews);
