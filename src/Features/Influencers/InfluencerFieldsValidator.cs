using AnalisaAI.Api.Infrastructure.Validation;
using AnalisaAI.Api.Infrastructure.Web;
using FluentValidation;

namespace AnalisaAI.Api.Features.Influencers;

/// <summary>The rules of the create and update bodies; each of those validators includes this one.</summary>
public sealed class InfluencerFieldsValidator : AbstractValidator<IInfluencerFields>
{
    public InfluencerFieldsValidator()
    {
        RuleFor(f => f.Handle).Cascade(CascadeMode.Stop).NotEmpty().NoHiddenCharacters()
            .Must(InfluencerRules.IsValidHandle)
            .WithMessage($"Handle must be 1 to {Influencer.HandleMaxLength} letters, digits, '.', '_' or '-', optionally after one leading '@'.");
        RuleFor(f => f.Platform).Cascade(CascadeMode.Stop).NotEmpty()
            .ApiEnumName<IInfluencerFields, Platform>().WithMessage($"Platform must be one of: {ApiEnum.List<Platform>()}.");
        RuleFor(f => f.DisplayName).MaximumLength(Influencer.DisplayNameMaxLength).NoHiddenCharacters();
        // The same bound as ingestion: beyond it a run's rates underflow to nonsense (0.000022 %).
        RuleFor(f => f.Followers).OptionalCount("followers");
        RuleFor(f => f.Following).OptionalCount("following");
        RuleFor(f => f.PostsCount).OptionalCount("postsCount");
        RuleFor(f => f.Categories)
            .ItemCount(0, InfluencerRules.MaxCategories)
            .WithMessage($"At most {InfluencerRules.MaxCategories} categories.");
        RuleForEach(f => f.Categories)
            .NotNull().WithMessage("A category name must not be null.")
            .Must(name => name is null || name.Trim().Length is >= 1 and <= Category.NameMaxLength)
            .WithMessage($"A category name must be 1 to {Category.NameMaxLength} characters.")
            .NoHiddenCharacters();
    }
}
