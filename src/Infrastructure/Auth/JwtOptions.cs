using System.ComponentModel.DataAnnotations;
using System.Text;

namespace AnalisaAI.Api.Infrastructure.Auth;

public sealed class JwtOptions : IValidatableObject
{
    public const string Section = "Jwt";
    public const int MinimumKeyBytes = 32;

    public string? SigningKey { get; set; }

    [Required(ErrorMessage = "Jwt:Issuer must be set.")]
    public string Issuer { get; set; } = "analisaai";

    [Required(ErrorMessage = "Jwt:Audience must be set.")]
    public string Audience { get; set; } = "analisaai";

    [Range(1, 1440, ErrorMessage = "Jwt:AccessTokenMinutes must be {1} to {2}.")]
    public int AccessTokenMinutes { get; set; } = 15;

    [Range(1, 365, ErrorMessage = "Jwt:RefreshTokenDays must be {1} to {2}.")]
    public int RefreshTokenDays { get; set; } = 30;

    public byte[] SigningKeyBytes => Encoding.UTF8.GetBytes(SigningKey ?? "");

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (SigningKeyBytes.Length < MinimumKeyBytes)
        {
            yield return new ValidationResult(
                $"Jwt:SigningKey must be set to at least {MinimumKeyBytes} bytes (set Jwt__SigningKey); it is {(SigningKey is null ? "missing" : "too short")}.",
                [nameof(SigningKey)]);
        }
    }
}
