using Mediator;

namespace AnalisaAI.Api.Features.Lists.GetListItems;

/// <summary>The list's name and its influencers' ids in the order added: what its CSV export streams.</summary>
public sealed record GetListItemIdsQuery(Guid Id, Guid OwnerId) : IQuery<GetListItemIdsResult>;
