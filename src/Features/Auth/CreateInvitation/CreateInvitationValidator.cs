using AnalisaAI.Api.Infrastructure.Validation;
using FluentValidation;

namespace AnalisaAI.Api.Features.Auth.CreateInvitation;

/// <summary>The email follows the registration's rules, since the account will be created with it.</summary>
public sealed class CreateInvitationValidator : AbstractValidator<CreateInvitationCommand>
{
    public CreateInvitationValidator()
    {
        RuleFor(c => c.Email).Cascade(CascadeMode.Stop).NotEmpty().MaximumLength(254)
            .Must(email => !User.HasControlCharacters(email)).WithMessage("Email must not contain control or invisible formatting characters.")
            .EmailAddress();
        RuleFor(c => c.Role).NotNull().WithMessage($"Role must be '{Roles.Analyst}' or '{Roles.Admin}'.")
            .OneOf(Roles.All).WithMessage($"Role must be '{Roles.Analyst}' or '{Roles.Admin}'.");
    }
}
