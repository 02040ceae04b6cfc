using AnalisaAI.Api.Infrastructure.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AnalisaAI.Api.Features.Influencers.ListCategories;

/// <summary>
/// One grouped query. A category no influencer has any more (its last one was deleted or moved) is left out: as a
/// filter it could only ever show an empty list. Ordered here, ordinally, not by the database's collation, so the
/// order is the same on every provider.
/// </summary>
public sealed class ListCategoriesHandler(AppDbContext db) : IQueryHandler<ListCategoriesQuery, ListCategoriesResponse>
{
    public async ValueTask<ListCategoriesResponse> Handle(ListCategoriesQuery query, CancellationToken cancellationToken)
    {
        var categories = await db.Categories.AsNoTracking()
            .Select(c => new { c.Name, Count = c.Influencers.Count })
            .Where(c => c.Count > 0)
            .ToListAsync(cancellationToken);
        return new ListCategoriesResponse([.. categories.OrderBy(c => c.Name, StringComparer.Ordinal).Select(c => new ListCategoriesItem(c.Name, c.Count))]);
    }
}
