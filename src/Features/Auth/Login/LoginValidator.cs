using FluentValidation;

namespace AnalisaAI.Api.Features.Auth.Login;

public sealed class LoginValidator : AbstractValidator<LoginCommand>
{
    public LoginValidator()
    {
        RuleFor(c => c.Email).NotEmpty().MaximumLength(254);

        // No length rule beyond a cap: a login must not tell which passwords could exist.
        RuleFor(c => c.Password).NotEmpty().MaximumLength(1024);
    }
}
