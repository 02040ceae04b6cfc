namespace AnalisaAI.Api.Features.Lists;

/// <summary>A list as every list route returns it: <paramref name="ItemCount"/> influencers in it now.</summary>
public sealed record SavedListResponse(Guid Id, string Name, int ItemCount, DateTime CreatedAt, DateTime UpdatedAt);
