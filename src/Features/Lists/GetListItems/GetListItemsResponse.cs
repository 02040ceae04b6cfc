using AnalisaAI.Api.Features.Influencers.ListInfluencers;

namespace AnalisaAI.Api.Features.Lists.GetListItems;

/// <summary>The list's influencers as the catalogue's list shows them, in the order they were added.</summary>
public sealed record GetListItemsResponse(IReadOnlyList<ListInfluencersItem> Items);
