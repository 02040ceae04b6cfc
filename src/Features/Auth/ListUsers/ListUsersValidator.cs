using System.Globalization;
using FluentValidation;

namespace AnalisaAI.Api.Features.Auth.ListUsers;

public sealed class ListUsersValidator : AbstractValidator<ListUsersQuery>
{
    public ListUsersValidator()
    {
        RuleFor(q => q.Page)
            .Must(p => TryParseInt(p, 1, ListUsersQuery.MaxPage, out _)).When(q => q.Page is not null)
            .WithMessage($"page must be a whole number from 1 to {ListUsersQuery.MaxPage}.");
        RuleFor(q => q.PageSize)
            .Must(p => TryParseInt(p, 1, ListUsersQuery.MaxPageSize, out _)).When(q => q.PageSize is not null)
            .WithMessage($"pageSize must be a whole number from 1 to {ListUsersQuery.MaxPageSize}.");
        RuleFor(q => q.Search).MaximumLength(ListUsersQuery.SearchMaxLength);
    }

    public static bool TryParseInt(string? value, int min, int max, out int result) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out result) && result >= min && result <= max;
}
