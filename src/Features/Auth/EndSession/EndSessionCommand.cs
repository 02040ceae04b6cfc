using Mediator;

namespace AnalisaAI.Api.Features.Auth.EndSession;

public sealed record EndSessionCommand(Guid UserId, Guid SessionId) : ICommand;
