namespace AnalisaAI.Api.Features.Auth;

public sealed class User
{
    public Guid Id { get; set; }
    public required string Email { get; set; }

    /// <summary>Upper-cased email: the unique key, so uniqueness is case-insensitive on every provider.</summary>
    public required string NormalizedEmail { get; set; }

    public required string DisplayName { get; set; }
    public required string PasswordHash { get; set; }
    public required string Role { get; set; }
    public int FailedLoginCount { get; set; }
    public DateTime? LockoutEndsAt { get; set; }
    public DateTime CreatedAt { get; set; }

    public static string Normalize(string email) => email.Trim().ToUpperInvariant();
}
