using AnalisaAI.Api.Infrastructure.Validation;
using FluentValidation;

namespace AnalisaAI.Api.Features.Influencers.ListPosts;

public sealed class ListPostsValidator : AbstractValidator<ListPostsQuery>
{
    public ListPostsValidator()
    {
        RuleFor(q => q.Page)
            .WholeNumber(1, ListPostsQuery.MaxPage)
            .WithMessage($"page must be a whole number from 1 to {ListPostsQuery.MaxPage}.");
        RuleFor(q => q.PageSize)
            .WholeNumber(1, ListPostsQuery.MaxPageSize)
            .WithMessage($"pageSize must be a whole number from 1 to {ListPostsQuery.MaxPageSize}.");
    }
}
