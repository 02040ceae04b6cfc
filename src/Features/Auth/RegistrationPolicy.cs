namespace AnalisaAI.Api.Features.Auth;

/// <summary>Who may create an account through <c>POST /api/auth/register</c> (<c>Auth:Registration</c>).</summary>
public enum RegistrationPolicy
{
    /// <summary>Anyone; an invitation, if presented, still decides the email and role.</summary>
    Open,

    /// <summary>Only with an unused, unexpired invitation from an admin.</summary>
    InviteOnly,

    /// <summary>No one.</summary>
    Closed,
}
