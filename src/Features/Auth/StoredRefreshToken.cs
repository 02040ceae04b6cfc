namespace AnalisaAI.Api.Features.Auth;

/// <summary>
/// One link of a rotating refresh-token family. Only the SHA-256 of the token is stored; every link of a
/// family shares the family's absolute expiry. A family is a session: its first link's <see cref="CreatedAt"/> is
/// when the session began, its newest link's is when it was last used, and each link records the client that
/// asked for it (shown in the session list).
/// </summary>
public sealed class StoredRefreshToken
{
    public Guid Id { get; set; }
    public Guid UserId { get; set; }
    public Guid FamilyId { get; set; }
    public required string TokenHash { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime ExpiresAt { get; set; }
    public DateTime? ConsumedAt { get; set; }

    /// <summary>
    /// Who rotated this link: a SHA-256 (hex) of the rotating request's user agent and address. It only tells a
    /// double submit from the same client apart from a replay by another within the grace window.
    /// </summary>
    public string? RotatedBy { get; set; }
    public DateTime? RevokedAt { get; set; }

    public const int UserAgentMaxLength = 200;
    public const int ClientAddressMaxLength = 45;

    public string? UserAgent { get; set; }
    public string? ClientAddress { get; set; }
}
