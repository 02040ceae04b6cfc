namespace AnalisaAI.Api.Features.Auth;

/// <summary>
/// One link of a rotating refresh-token family. Only the SHA-256 of the token is stored; every link of a
/// family shares the family's absolute expiry.
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
    public DateTime? RevokedAt { get; set; }
}
