using FluentValidation;

namespace AnalisaAI.Api.Features.Influencers.IngestAudienceSnapshots;

public sealed class IngestAudienceSnapshotsValidator : AbstractValidator<IngestAudienceSnapshotsCommand>
{
    public IngestAudienceSnapshotsValidator(TimeProvider time)
    {
        RuleFor(c => c.Items).Batch();
        When(c => IngestionRules.IsBatchSize(c.Items), () =>
        {
            RuleForEach(c => c.Items).NotNull().WithMessage("An item must not be null.")
                .SetValidator(new IngestAudienceSnapshotsItemValidator(time));
            RuleFor(c => c.Items).UniqueBy(s => s.Date, nameof(IngestAudienceSnapshotsItem.Date));
        });
    }
}
