using System.Globalization;
using System.Text;

namespace AnalisaAI.Api.Features.Auth;

public sealed class User
{
    public Guid Id { get; set; }
    public required string Email { get; set; }

    /// <summary>
    /// The unique key: NFKC-normalized then upper-cased, so uniqueness ignores case and compatibility
    /// lookalikes (fullwidth letters, ligatures, the Kelvin sign) on every provider.
    /// </summary>
    public required string NormalizedEmail { get; set; }

    public required string DisplayName { get; set; }
    public required string PasswordHash { get; set; }
    public required string Role { get; set; }
    public int FailedLoginCount { get; set; }
    public DateTime? LockoutEndsAt { get; set; }
    public DateTime CreatedAt { get; set; }

    /// <summary>Set by an admin: a disabled account can neither sign in nor refresh, and its sessions are ended.</summary>
    public DateTime? DisabledAt { get; set; }

    public DateTime? LastSignInAt { get; set; }

    public static string Normalize(string email) => email.Trim().Normalize(NormalizationForm.FormKC).ToUpperInvariant();

    /// <summary>Control and invisible formatting characters (NUL, zero-width, bidi overrides) have no place in an email.</summary>
    public static bool HasControlCharacters(string? email) =>
        email is not null && email.Any(c => char.IsControl(c) || char.GetUnicodeCategory(c) == UnicodeCategory.Format);
}
