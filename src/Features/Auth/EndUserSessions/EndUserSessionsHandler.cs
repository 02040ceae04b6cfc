using AnalisaAI.Api.Infrastructure.Persistence;
using AnalisaAI.Api.Infrastructure.Web;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AnalisaAI.Api.Features.Auth.EndUserSessions;

public sealed class EndUserSessionsHandler(AppDbContext db, SessionTerminator sessions) : ICommandHandler<EndUserSessionsCommand>
{
    public async ValueTask<Unit> Handle(EndUserSessionsCommand command, CancellationToken cancellationToken)
    {
        if (!await db.Users.AnyAsync(u => u.Id == command.UserId, cancellationToken))
        {
            throw new NotFoundException("No such user.");
        }

        await sessions.EndAllAsync(command.UserId, keep: null, cancellationToken);
        return Unit.Value;
    }
}
