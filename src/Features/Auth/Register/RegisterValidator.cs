using AnalisaAI.Api.Infrastructure.Web;
using FluentValidation;

namespace AnalisaAI.Api.Features.Auth.Register;

/// <summary>
/// The rules that need no database. Whether an invitation is required, and the password's check against the
/// invited email, depend on the policy and the invitation: the handler applies them.
/// </summary>
public sealed class RegisterValidator : AbstractValidator<RegisterCommand>
{
    public RegisterValidator()
    {
        // With an invitation the email comes from it, so it may be left out (null or empty).
        RuleFor(c => c.Email).Cascade(CascadeMode.Stop).NotEmpty().MaximumLength(254)
            .Must(email => !User.HasControlCharacters(email)).WithMessage("Email must not contain control or invisible formatting characters.")
            .EmailAddress()
            .When(c => string.IsNullOrEmpty(c.InvitationToken) || !string.IsNullOrEmpty(c.Email));
        RuleFor(c => c.Password).Cascade(CascadeMode.Stop).NotEmpty()
            .Length(PasswordRules.MinLength, PasswordRules.MaxLength)
            .WithMessage($"Password must be {PasswordRules.MinLength} to {PasswordRules.MaxLength} characters long.")
            .Must(password => !PasswordRules.IsTooCommon(password)).WithMessage(PasswordRules.TooCommonMessage)
            .Must((command, password) => !PasswordRules.ContainsEmailLocalPart(password, command.Email)).WithMessage(PasswordRules.ContainsEmailMessage);
        RuleFor(c => c.DisplayName).NotEmpty().MaximumLength(100)
            .Must(name => name is null || name.Trim().Length > 0).WithMessage("Display name must not be blank.")
            .NoHiddenCharacters();
        RuleFor(c => c.InvitationToken).MaximumLength(RegisterCommand.InvitationTokenMaxLength);
    }
}
