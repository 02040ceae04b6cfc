using Mediator;

namespace AnalisaAI.Api.Features.Auth.EndUserSessions;

public sealed record EndUserSessionsCommand(Guid UserId) : ICommand;
