using Mediator;

namespace AnalisaAI.Api.Features.Lists.GetLists;

public sealed record GetListsQuery(Guid OwnerId) : IQuery<GetListsResponse>;
