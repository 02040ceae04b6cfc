using AnalisaAI.Api.Infrastructure.Auth;
using Mediator;

namespace AnalisaAI.Api.Features.Auth.Register;

/// <summary>
/// With <paramref name="InvitationToken"/> the account takes the invitation's email and role, and
/// <paramref name="Email"/> may be left out (if sent, it must be the invited one).
/// </summary>
public sealed record RegisterCommand(string? Email, string Password, string DisplayName, string? InvitationToken = null)
    : IHashesPassword, ICommand<UserResponse>
{
    public const int InvitationTokenMaxLength = 100;

    // The password and the invitation token never reach a log line, even through ToString.
    public override string ToString() => $"{nameof(RegisterCommand)} {{ Email = {Email} }}";
}
