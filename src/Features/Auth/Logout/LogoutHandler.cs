using AnalisaAI.Api.Infrastructure.Auth;
using AnalisaAI.Api.Infrastructure.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AnalisaAI.Api.Features.Auth.Logout;

/// <summary>Revokes the presented token's whole family. Unknown or already revoked tokens are fine: logout is idempotent.</summary>
public sealed class LogoutHandler(AppDbContext db, SessionTerminator sessions) : ICommandHandler<LogoutCommand>
{
    public async ValueTask<Unit> Handle(LogoutCommand command, CancellationToken cancellationToken)
    {
        var hash = RefreshTokenSecret.Hash(command.RefreshToken);
        var session = await db.RefreshTokens.Where(t => t.TokenHash == hash)
            .Select(t => new { t.UserId, t.FamilyId }).SingleOrDefaultAsync(cancellationToken);
        if (session is not null)
        {
            await sessions.EndAsync(session.UserId, session.FamilyId, cancellationToken);
        }

        return Unit.Value;
    }
}
