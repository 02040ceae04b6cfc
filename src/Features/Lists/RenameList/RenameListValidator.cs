using FluentValidation;

namespace AnalisaAI.Api.Features.Lists.RenameList;

public sealed class RenameListValidator : AbstractValidator<RenameListCommand>
{
    public RenameListValidator() => RuleFor(c => c.Name).ListName();
}
