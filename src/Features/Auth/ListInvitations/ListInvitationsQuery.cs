using Mediator;

namespace AnalisaAI.Api.Features.Auth.ListInvitations;

/// <summary>Invitations of the last <see cref="RegistrationOptions.MaxInvitationDays"/> days, revoked ones left out.</summary>
public sealed record ListInvitationsQuery : IQuery<ListInvitationsResponse>
{
    /// <summary>A bound on the answer; far more than a team sends in a month.</summary>
    public const int MaxItems = 500;
}
