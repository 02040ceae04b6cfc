using System.Globalization;
using AnalisaAI.Api.Infrastructure.Validation;
using FluentValidation;

namespace AnalisaAI.Api.Features.Auth.ListUsers;

public sealed class ListUsersValidator : AbstractValidator<ListUsersQuery>
{
    public ListUsersValidator()
    {
        RuleFor(q => q.Page)
            .WholeNumber(1, ListUsersQuery.MaxPage)
            .WithMessage($"page must be a whole number from 1 to {ListUsersQuery.MaxPage}.");
        RuleFor(q => q.PageSize)
            .WholeNumber(1, ListUsersQuery.MaxPageSize)
            .WithMessage($"pageSize must be a whole number from 1 to {ListUsersQuery.MaxPageSize}.");
        RuleFor(q => q.Search).MaximumLength(ListUsersQuery.SearchMaxLength);
    }

    public static bool TryParseInt(string? value, int min, int max, out int result) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out result) && result >= min && result <= max;
}
