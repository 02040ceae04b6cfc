using System.ComponentModel.DataAnnotations;

namespace AnalisaAI.Api.Features.Auth;

public sealed class BootstrapAdminOptions : IValidatableObject
{
    public const string Section = "Auth:BootstrapAdmin";

    [EmailAddress(ErrorMessage = "Auth:BootstrapAdmin:Email must be an email address.")]
    public string? Email { get; set; }

    public string? Password { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(Email) && Password is not { Length: >= PasswordRules.MinLength and <= PasswordRules.MaxLength })
        {
            yield return new ValidationResult(
                $"Auth:BootstrapAdmin:Password must be {PasswordRules.MinLength} to {PasswordRules.MaxLength} characters when Auth:BootstrapAdmin:Email is set.",
                [nameof(Password)]);
        }
        else if (!string.IsNullOrWhiteSpace(Email) && PasswordRules.IsTooCommon(Password))
        {
            // The same rules as registration: the first admin account is the one most worth guessing.
            yield return new ValidationResult(
                "Auth:BootstrapAdmin:Password is too easy to guess (a common password, perhaps followed by digits or symbols, in leetspeak or said twice, or one repeated character).",
                [nameof(Password)]);
        }
        else if (!string.IsNullOrWhiteSpace(Email) && PasswordRules.ContainsEmailLocalPart(Password, Email))
        {
            yield return new ValidationResult(
                "Auth:BootstrapAdmin:Password must not contain the name part of Auth:BootstrapAdmin:Email.",
                [nameof(Password)]);
        }
    }
}
