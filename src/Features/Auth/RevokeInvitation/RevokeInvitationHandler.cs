using AnalisaAI.Api.Infrastructure.Persistence;
using AnalisaAI.Api.Infrastructure.Web;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AnalisaAI.Api.Features.Auth.RevokeInvitation;

/// <summary>
/// Withdraws an unused invitation: its token stops working at once. The update is conditional, like
/// registration's consume, so of a revoke and a registration racing for one invitation exactly one wins.
/// </summary>
public sealed partial class RevokeInvitationHandler(AppDbContext db, TimeProvider time, ILogger<RevokeInvitationHandler> logger)
    : ICommandHandler<RevokeInvitationCommand>
{
    public async ValueTask<Unit> Handle(RevokeInvitationCommand command, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var revoked = await db.Invitations
            .Where(i => i.Id == command.InvitationId && i.UsedAt == null && i.RevokedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(i => i.RevokedAt, now), cancellationToken);
        if (revoked == 0)
        {
            var used = await db.Invitations.AnyAsync(i => i.Id == command.InvitationId && i.RevokedAt == null && i.UsedAt != null, cancellationToken);
            throw used
                ? new ConflictException("This invitation has been used; disable the account instead.")
                : NotFoundException.For("Invitation", command.InvitationId);
        }

        LogRevoked(command.InvitationId, command.AdminId);
        return Unit.Value;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Invitation {InvitationId} revoked by admin {AdminId}")]
    private partial void LogRevoked(Guid invitationId, Guid adminId);
}
