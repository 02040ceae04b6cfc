using Mediator;

namespace AnalisaAI.Api.Features.Lists.RemoveListItem;

public sealed record RemoveListItemCommand(Guid Id, Guid InfluencerId, Guid OwnerId) : ICommand;
