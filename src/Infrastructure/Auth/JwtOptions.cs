using System.ComponentModel.DataAnnotations;
using System.Text;

namespace AnalisaAI.Api.Infrastructure.Auth;

public sealed class JwtOptions : IValidatableObject
{
    public const string Section = "Jwt";
    public const int MinimumKeyBytes = SigningKeyStrength.MinimumKeyBytes;

    public string? SigningKey { get; set; }

    [Required(ErrorMessage = "Jwt:Issuer must be set.")]
    public string Issuer { get; set; } = "analisaai";

    [Required(ErrorMessage = "Jwt:Audience must be set.")]
    public string Audience { get; set; } = "analisaai";

    [Range(1, 1440, ErrorMessage = "Jwt:AccessTokenMinutes must be {1} to {2}.")]
    public int AccessTokenMinutes { get; set; } = 15;

    [Range(1, 365, ErrorMessage = "Jwt:RefreshTokenDays must be {1} to {2}.")]
    public int RefreshTokenDays { get; set; } = 30;

    /// <summary>A session also ends after this many days without a refresh, before its absolute lifetime.</summary>
    [Range(1, 365, ErrorMessage = "Jwt:RefreshIdleDays must be {1} to {2}.")]
    public int RefreshIdleDays { get; set; } = 7;

    public byte[] SigningKeyBytes => Encoding.UTF8.GetBytes(SigningKey ?? "");

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrEmpty(SigningKey))
        {
            yield return new ValidationResult(
                $"Jwt:SigningKey must be set to at least {MinimumKeyBytes} random bytes in base64 or hex (set Jwt__SigningKey).", [nameof(SigningKey)]);
        }
        else if (IsRepeatedPattern(SigningKey))
        {
            yield return new ValidationResult(
                "Jwt:SigningKey is a repeated pattern; use a random key (for example 48 random bytes in base64).", [nameof(SigningKey)]);
        }
        else if (SigningKeyStrength.Weakness(SigningKey) is { } weakness)
        {
            yield return new ValidationResult(weakness, [nameof(SigningKey)]);
        }
    }

    /// <summary>True when the key is a shorter string repeated (<c>abcabcabc</c>), a whole number of times.</summary>
    public static bool IsRepeatedPattern(string key)
    {
        for (var period = 1; period <= key.Length / 2; period++)
        {
            if (key.Length % period == 0 && key.AsSpan(period).SequenceEqual(key.AsSpan(0, key.Length - period)))
            {
                return true;
            }
        }

        return false;
    }
}
