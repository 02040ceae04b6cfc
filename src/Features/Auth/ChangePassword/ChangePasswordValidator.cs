using FluentValidation;

namespace AnalisaAI.Api.Features.Auth.ChangePassword;

/// <summary>The new password follows the same rules as at registration.</summary>
public sealed class ChangePasswordValidator : AbstractValidator<ChangePasswordCommand>
{
    public ChangePasswordValidator()
    {
        RuleFor(c => c.CurrentPassword).NotEmpty().MaximumLength(PasswordRules.MaxLength);
        RuleFor(c => c.NewPassword).Cascade(CascadeMode.Stop).NotEmpty()
            .Length(PasswordRules.MinLength, PasswordRules.MaxLength)
            .WithMessage($"New password must be {PasswordRules.MinLength} to {PasswordRules.MaxLength} characters long.")
            .Must(password => !PasswordRules.IsTooCommon(password)).WithMessage(PasswordRules.TooCommonMessage);
    }
}
