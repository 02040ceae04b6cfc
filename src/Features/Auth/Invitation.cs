namespace AnalisaAI.Api.Features.Auth;

/// <summary>
/// An admin's invitation to create one account with a given email and role. Only the SHA-256 of its token is
/// stored (the token is shown once, to the admin who created it); registering with it consumes it.
/// </summary>
public sealed class Invitation
{
    public Guid Id { get; set; }
    public required string Email { get; set; }

    /// <summary>The same key as <see cref="User.NormalizedEmail"/>, so the account created from it is the one invited.</summary>
    public required string NormalizedEmail { get; set; }

    public required string Role { get; set; }
    public required string TokenHash { get; set; }

    /// <summary>The admin who sent it.</summary>
    public Guid CreatedBy { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime ExpiresAt { get; set; }

    /// <summary>When an account was created from it; it cannot be used again.</summary>
    public DateTime? UsedAt { get; set; }

    /// <summary>When an admin withdrew it, or sent a newer one to the same email.</summary>
    public DateTime? RevokedAt { get; set; }

    public bool IsPendingAt(DateTime now) => UsedAt is null && RevokedAt is null && ExpiresAt > now;
}
