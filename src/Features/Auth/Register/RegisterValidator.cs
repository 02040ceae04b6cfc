using FluentValidation;

namespace AnalisaAI.Api.Features.Auth.Register;

public sealed class RegisterValidator : AbstractValidator<RegisterCommand>
{
    public RegisterValidator()
    {
        RuleFor(c => c.Email).NotEmpty().MaximumLength(254).EmailAddress();
        RuleFor(c => c.Password).NotEmpty()
            .Length(PasswordRules.MinLength, PasswordRules.MaxLength)
            .WithMessage($"Password must be {PasswordRules.MinLength} to {PasswordRules.MaxLength} characters long.");
        RuleFor(c => c.DisplayName).NotEmpty().MaximumLength(100)
            .Must(name => name is null || name.Trim().Length > 0).WithMessage("Display name must not be blank.");
    }
}
