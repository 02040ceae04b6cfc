using System.Text;
using AnalisaAI.Api.Infrastructure.Auth;
using AnalisaAI.Api.Infrastructure.Persistence;
using AnalisaAI.Api.Infrastructure.Web;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AnalisaAI.Api.Features.Auth.CreateInvitation;

/// <summary>
/// Stores a new invitation (only its token's hash) valid <c>Auth:InvitationDays</c>, and revokes any pending
/// one to the same email in the same transaction, so one email has at most one live token: sending again is
/// how an admin replaces a lost one. The token and the email are never logged.
/// </summary>
public sealed partial class CreateInvitationHandler(
    AppDbContext db, IOptions<RegistrationOptions> options, TimeProvider time, ILogger<CreateInvitationHandler> logger)
    : ICommandHandler<CreateInvitationCommand, CreateInvitationResponse>
{
    public async ValueTask<CreateInvitationResponse> Handle(CreateInvitationCommand command, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var token = RefreshTokenSecret.Generate();
        var invitation = new Invitation
        {
            Id = Guid.CreateVersion7(),
            Email = command.Email!.Trim().Normalize(NormalizationForm.FormKC),
            NormalizedEmail = User.Normalize(command.Email),
            Role = command.Role!,
            TokenHash = RefreshTokenSecret.Hash(token),
            CreatedBy = command.AdminId,
            CreatedAt = now,
            ExpiresAt = now.AddDays(options.Value.InvitationDays),
        };

        if (await db.Users.AnyAsync(u => u.NormalizedEmail == invitation.NormalizedEmail, cancellationToken))
        {
            throw new ConflictException("An account with this email already exists.");
        }

        // Retried whole on a transient failure (TransientFailureRetries): a failed attempt's revoke and insert roll
        // back together, and the next does both again with the same token.
        var replaced = await TransientFailureRetries.InTransactionAsync(
            db,
            async token =>
            {
                var revoked = await db.Invitations
                    .Where(i => i.NormalizedEmail == invitation.NormalizedEmail && i.UsedAt == null && i.RevokedAt == null)
                    .ExecuteUpdateAsync(set => set.SetProperty(i => i.RevokedAt, now), token);
                db.Invitations.Add(invitation);
                await db.SaveChangesAsync(token);
                return revoked;
            },
            cancellationToken);

        LogCreated(invitation.Id, invitation.Role, command.AdminId, replaced);
        return new CreateInvitationResponse(invitation.Id, invitation.Email, invitation.Role, token, invitation.ExpiresAt);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Invitation {InvitationId} ({Role}) created by admin {AdminId}; {Replaced} pending one(s) to the same email revoked")]
    private partial void LogCreated(Guid invitationId, string role, Guid adminId, int replaced);
}
