using FluentValidation;
using FluentValidation.Results;

namespace AnalisaAI.Api.Features.Influencers.ListInfluencers;

/// <summary>The listing's own rules, with the listing's field names (<c>sort</c>, not <c>filters.sort</c>): the CSV's 400s are the JSON's.</summary>
public sealed class ListInfluencerIdsValidator : AbstractValidator<ListInfluencerIdsQuery>
{
    private readonly ListInfluencersValidator filters = new();

    public override ValidationResult Validate(ValidationContext<ListInfluencerIdsQuery> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return filters.Validate(context.InstanceToValidate.Filters);
    }

    public override Task<ValidationResult> ValidateAsync(ValidationContext<ListInfluencerIdsQuery> context, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        return filters.ValidateAsync(context.InstanceToValidate.Filters, cancellation);
    }
}
