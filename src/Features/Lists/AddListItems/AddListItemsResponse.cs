namespace AnalisaAI.Api.Features.Lists.AddListItems;

/// <summary><paramref name="Added"/>: the influencers that were not in the list before.</summary>
public sealed record AddListItemsResponse(int Added);
