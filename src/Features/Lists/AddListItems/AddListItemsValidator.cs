using FluentValidation;

namespace AnalisaAI.Api.Features.Lists.AddListItems;

public sealed class AddListItemsValidator : AbstractValidator<AddListItemsCommand>
{
    public AddListItemsValidator() =>
        RuleFor(c => c.InfluencerIds)
            .Must(ids => ids is { Count: >= 1 and <= AddListItemsCommand.MaxIds })
            .WithMessage($"influencerIds must hold 1 to {AddListItemsCommand.MaxIds} ids.");
}
