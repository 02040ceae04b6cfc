using AnalisaAI.Api.Infrastructure.Auth;
using AnalisaAI.Api.Infrastructure.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AnalisaAI.Api.Features.Auth.Logout;

/// <summary>Revokes the presented token's whole family. Unknown or already revoked tokens are fine: logout is idempotent.</summary>
public sealed class LogoutHandler(AppDbContext db, TimeProvider time) : ICommandHandler<LogoutCommand>
{
    public async ValueTask<Unit> Handle(LogoutCommand command, CancellationToken cancellationToken)
    {
        var hash = RefreshTokenSecret.Hash(command.RefreshToken);
        var familyId = await db.RefreshTokens.Where(t => t.TokenHash == hash)
            .Select(t => (Guid?)t.FamilyId).SingleOrDefaultAsync(cancellationToken);
        if (familyId is not null)
        {
            var now = time.GetUtcNow().UtcDateTime;
            await db.RefreshTokens.Where(t => t.FamilyId == familyId && t.RevokedAt == null)
                .ExecuteUpdateAsync(set => set.SetProperty(t => t.RevokedAt, now), cancellationToken);
        }

        return Unit.Value;
    }
}
