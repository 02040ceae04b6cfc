using Mediator;

namespace AnalisaAI.Api.Features.Lists.DeleteList;

public sealed record DeleteListCommand(Guid Id, Guid OwnerId) : ICommand;
