using Mediator;

namespace AnalisaAI.Api.Features.Auth.ListUsers;

/// <summary>Query parameters stay text until the validator has checked them, so a malformed one is a 400 naming it.</summary>
public sealed record ListUsersQuery(string? Page, string? PageSize, string? Search) : IQuery<ListUsersResponse>
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;
    public const int MaxPage = 10_000_000;
    public const int SearchMaxLength = 100;
}
