using Mediator;

namespace AnalisaAI.Api.Features.Auth.EndSessions;

public sealed class EndSessionsHandler(SessionTerminator sessions) : ICommandHandler<EndSessionsCommand>
{
    public async ValueTask<Unit> Handle(EndSessionsCommand command, CancellationToken cancellationToken)
    {
        await sessions.EndAllAsync(command.UserId, command.IncludeCurrent ? null : command.CurrentSessionId, cancellationToken);
        return Unit.Value;
    }
}
