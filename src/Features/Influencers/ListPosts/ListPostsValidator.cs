using FluentValidation;

namespace AnalisaAI.Api.Features.Influencers.ListPosts;

public sealed class ListPostsValidator : AbstractValidator<ListPostsQuery>
{
    public ListPostsValidator()
    {
        RuleFor(q => q.Page)
            .Must(p => ListPostsQuery.TryParse(p, ListPostsQuery.MaxPage, out _)).When(q => q.Page is not null)
            .WithMessage($"page must be a whole number from 1 to {ListPostsQuery.MaxPage}.");
        RuleFor(q => q.PageSize)
            .Must(p => ListPostsQuery.TryParse(p, ListPostsQuery.MaxPageSize, out _)).When(q => q.PageSize is not null)
            .WithMessage($"pageSize must be a whole number from 1 to {ListPostsQuery.MaxPageSize}.");
    }
}
