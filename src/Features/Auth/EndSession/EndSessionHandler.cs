using AnalisaAI.Api.Infrastructure.Web;
using Mediator;

namespace AnalisaAI.Api.Features.Auth.EndSession;

/// <summary>Another user's session is the same 404 as an unknown one, so ids of others' sessions cannot be probed.</summary>
public sealed class EndSessionHandler(SessionTerminator sessions) : ICommandHandler<EndSessionCommand>
{
    public async ValueTask<Unit> Handle(EndSessionCommand command, CancellationToken cancellationToken)
    {
        if (!await sessions.EndAsync(command.UserId, command.SessionId, cancellationToken))
        {
            throw new NotFoundException("No such session.");
        }

        return Unit.Value;
    }
}
