using Mediator;

namespace AnalisaAI.Api.Features.Lists.GetListItems;

public sealed record GetListItemsQuery(Guid Id, Guid OwnerId) : IQuery<GetListItemsResponse>;
