using AnalisaAI.Api.Features.Influencers.ListInfluencers;

namespace AnalisaAI.Api.Features.Influencers.LoadListItems;

public sealed record LoadListItemsResult(IReadOnlyList<ListInfluencersItem> Items);
