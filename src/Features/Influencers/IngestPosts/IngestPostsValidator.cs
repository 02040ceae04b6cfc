using FluentValidation;

namespace AnalisaAI.Api.Features.Influencers.IngestPosts;

public sealed class IngestPostsValidator : AbstractValidator<IngestPostsCommand>
{
    public IngestPostsValidator(TimeProvider time)
    {
        RuleFor(c => c.Items).Batch();
        When(c => IngestionRules.IsBatchSize(c.Items), () =>
        {
            RuleForEach(c => c.Items).NotNull().WithMessage("An item must not be null.")
                .SetValidator(new IngestPostsItemValidator(time));
            RuleFor(c => c.Items).UniqueBy(p => p.ExternalId, nameof(IngestPostsItem.ExternalId));
        });
    }
}
