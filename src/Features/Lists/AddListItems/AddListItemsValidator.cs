using AnalisaAI.Api.Infrastructure.Validation;
using FluentValidation;

namespace AnalisaAI.Api.Features.Lists.AddListItems;

public sealed class AddListItemsValidator : AbstractValidator<AddListItemsCommand>
{
    public AddListItemsValidator() =>
        RuleFor(c => c.InfluencerIds)
            .NotNull().WithMessage(Message)
            .ItemCount(1, AddListItemsCommand.MaxIds).WithMessage(Message);

    private static readonly string Message = $"influencerIds must hold 1 to {AddListItemsCommand.MaxIds} ids.";
}
