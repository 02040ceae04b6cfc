using FluentValidation;

namespace AnalisaAI.Api.Features.Influencers.IngestStories;

public sealed class IngestStoriesItemValidator : AbstractValidator<IngestStoriesItem>
{
    public IngestStoriesItemValidator(TimeProvider time)
    {
        RuleFor(s => s.ExternalId).ExternalId();
        RuleFor(s => s.PublishedAt).PublishedAt(time);
        RuleFor(s => s.Views).RequiredCount("views");
        RuleFor(s => s.Reach).OptionalCount("reach");
        RuleFor(s => s.Exits).OptionalCount("exits");
        RuleFor(s => s.Replies).OptionalCount("replies");
    }
}
