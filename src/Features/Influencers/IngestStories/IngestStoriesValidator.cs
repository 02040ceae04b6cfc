using FluentValidation;

namespace AnalisaAI.Api.Features.Influencers.IngestStories;

public sealed class IngestStoriesValidator : AbstractValidator<IngestStoriesCommand>
{
    public IngestStoriesValidator(TimeProvider time)
    {
        RuleFor(c => c.Items).Batch();
        When(c => IngestionRules.IsBatchSize(c.Items), () =>
        {
            RuleForEach(c => c.Items).NotNull().WithMessage("An item must not be null.")
                .SetValidator(new IngestStoriesItemValidator(time));
            RuleFor(c => c.Items).UniqueBy(s => s.ExternalId, nameof(IngestStoriesItem.ExternalId));
        });
    }
}
