using Mediator;

namespace AnalisaAI.Api.Features.Influencers.LoadListItems;

/// <summary>
/// The catalogue's list items for these influencers, in the order given; an id with no influencer is left out.
/// Asked by other features that show influencers as the catalogue does (saved lists).
/// </summary>
public sealed record LoadListItemsQuery(IReadOnlyList<Guid> InfluencerIds) : IQuery<LoadListItemsResult>;
