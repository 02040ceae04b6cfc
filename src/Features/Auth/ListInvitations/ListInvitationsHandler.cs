using AnalisaAI.Api.Infrastructure.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AnalisaAI.Api.Features.Auth.ListInvitations;

/// <summary>
/// Newest first. The window is as long as the longest allowed invitation lifetime, so every pending invitation
/// is in it, beside the recently used and expired ones.
/// </summary>
public sealed class ListInvitationsHandler(AppDbContext db, TimeProvider time) : IQueryHandler<ListInvitationsQuery, ListInvitationsResponse>
{
    public async ValueTask<ListInvitationsResponse> Handle(ListInvitationsQuery query, CancellationToken cancellationToken)
    {
        var since = time.GetUtcNow().UtcDateTime.AddDays(-RegistrationOptions.MaxInvitationDays);
        var items = await db.Invitations.AsNoTracking()
            .Where(i => i.RevokedAt == null && i.CreatedAt >= since)
            .Join(db.Users, i => i.CreatedBy, u => u.Id, (i, admin) => new { Invitation = i, AdminEmail = admin.Email })
            .OrderByDescending(x => x.Invitation.CreatedAt).ThenByDescending(x => x.Invitation.Id)
            .Take(ListInvitationsQuery.MaxItems)
            .Select(x => new InvitationResponse(
                x.Invitation.Id, x.Invitation.Email, x.Invitation.Role, x.Invitation.CreatedAt, x.Invitation.ExpiresAt,
                x.Invitation.UsedAt, x.AdminEmail))
            .ToListAsync(cancellationToken);
        return new ListInvitationsResponse(items);
    }
}
