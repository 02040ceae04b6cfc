using FluentValidation;

namespace AnalisaAI.Api.Features.Lists.CreateList;

public sealed class CreateListValidator : AbstractValidator<CreateListCommand>
{
    public CreateListValidator() => RuleFor(c => c.Name).ListName();
}
