using AnalisaAI.Api.Infrastructure.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AnalisaAI.Api.Features.Influencers.ListInfluencers;

/// <summary>
/// A count and one page query, then the page's categories, metrics, data targets and pending runs in batched
/// queries: the number of queries does not grow with the page size.
/// </summary>
public sealed class ListInfluencersHandler(AppDbContext db, ISender sender) : IQueryHandler<ListInfluencersQuery, ListInfluencersResponse>
{
    public async ValueTask<ListInfluencersResponse> Handle(ListInfluencersQuery query, CancellationToken cancellationToken)
    {
        // The validator has accepted every value, so each parse below succeeds.
        var page = query.Page is null ? 1 : int.Parse(query.Page, System.Globalization.CultureInfo.InvariantCulture);
        var pageSize = query.PageSize is null
            ? ListInfluencersQuery.DefaultPageSize
            : int.Parse(query.PageSize, System.Globalization.CultureInfo.InvariantCulture);

        var influencers = ListInfluencersFilter.Apply(db.Influencers.AsNoTracking(), query);
        var totalCount = await influencers.CountAsync(cancellationToken);
        var skip = (page - 1) * pageSize;
        var rows = skip >= totalCount
            ? []
            : await ListInfluencersFilter.Order(influencers, query).Skip(skip).Take(pageSize).ToListAsync(cancellationToken);

        return new ListInfluencersResponse(await ListInfluencersItems.LoadAsync(db, sender, rows, cancellationToken), page, pageSize, totalCount);
    }
}
