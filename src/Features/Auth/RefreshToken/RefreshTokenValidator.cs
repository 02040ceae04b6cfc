using FluentValidation;

namespace AnalisaAI.Api.Features.Auth.RefreshToken;

public sealed class RefreshTokenValidator : AbstractValidator<RefreshTokenCommand>
{
    public RefreshTokenValidator() => RuleFor(c => c.RefreshToken).NotEmpty().MaximumLength(256);
}
