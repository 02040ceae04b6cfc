using Mediator;

namespace AnalisaAI.Api.Features.Auth.EndSessions;

public sealed record EndSessionsCommand(Guid UserId, Guid CurrentSessionId, bool IncludeCurrent) : ICommand;
