using AnalisaAI.Api.Infrastructure.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AnalisaAI.Api.Features.Auth.ListUsers;

/// <summary>
/// Accounts by email; search matches part of the email ignoring case, or of the display name (with the
/// provider's LIKE, as the influencer search does).
/// </summary>
public sealed class ListUsersHandler(AppDbContext db) : IQueryHandler<ListUsersQuery, ListUsersResponse>
{
    private const string LikeEscape = "\\";

    public async ValueTask<ListUsersResponse> Handle(ListUsersQuery query, CancellationToken cancellationToken)
    {
        var page = ListUsersValidator.TryParseInt(query.Page, 1, ListUsersQuery.MaxPage, out var p) ? p : 1;
        var pageSize = ListUsersValidator.TryParseInt(query.PageSize, 1, ListUsersQuery.MaxPageSize, out var s) ? s : ListUsersQuery.DefaultPageSize;

        var users = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var emailTerm = User.Normalize(query.Search);
            var pattern = $"%{EscapeLike(query.Search.Trim())}%";
            users = users.Where(u => u.NormalizedEmail.Contains(emailTerm) || EF.Functions.Like(u.DisplayName, pattern, LikeEscape));
        }

        var total = await users.CountAsync(cancellationToken);
        var items = await users.OrderBy(u => u.NormalizedEmail).ThenBy(u => u.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .ToListAsync(cancellationToken);
        return new ListUsersResponse(items.Select(AdminUserResponse.From).ToList(), page, pageSize, total);
    }

    private static string EscapeLike(string value) =>
        value.Replace(LikeEscape, LikeEscape + LikeEscape, StringComparison.Ordinal)
            .Replace("%", LikeEscape + "%", StringComparison.Ordinal)
            .Replace("_", LikeEscape + "_", StringComparison.Ordinal)
            .Replace("[", LikeEscape + "[", StringComparison.Ordinal);
}
