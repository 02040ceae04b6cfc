using AnalisaAI.Api.Infrastructure.Validation;
using AnalisaAI.Api.Infrastructure.Web;
using FluentValidation;

namespace AnalisaAI.Api.Features.Influencers.IngestPosts;

public sealed class IngestPostsItemValidator : AbstractValidator<IngestPostsItem>
{
    public IngestPostsItemValidator(TimeProvider time)
    {
        RuleFor(p => p.ExternalId).ExternalId();
        RuleFor(p => p.PublishedAt).PublishedAt(time);
        RuleFor(p => p.ContentType).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("contentType is required.")
            .ApiEnumName<IngestPostsItem, ContentType>().WithMessage($"contentType must be one of: {ApiEnum.List<ContentType>()}.");
        RuleFor(p => p.Likes).RequiredCount("likes");
        RuleFor(p => p.Comments).RequiredCount("comments");
        RuleFor(p => p.Shares).OptionalCount("shares");
        RuleFor(p => p.Saves).OptionalCount("saves");
        RuleFor(p => p.Views).OptionalCount("views");
        RuleFor(p => p.Reach).OptionalCount("reach");
        RuleFor(p => p.Impressions).OptionalCount("impressions");
    }
}
