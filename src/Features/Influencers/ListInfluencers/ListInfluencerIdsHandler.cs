using AnalisaAI.Api.Infrastructure.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AnalisaAI.Api.Features.Influencers.ListInfluencers;

/// <summary>The same filters and order as the JSON page (<see cref="ListInfluencersFilter"/>), every row, ids only.</summary>
public sealed class ListInfluencerIdsHandler(AppDbContext db) : IQueryHandler<ListInfluencerIdsQuery, ListInfluencerIdsResult>
{
    public async ValueTask<ListInfluencerIdsResult> Handle(ListInfluencerIdsQuery query, CancellationToken cancellationToken)
    {
        var influencers = ListInfluencersFilter.Apply(db.Influencers.AsNoTracking(), query.Filters);
        var ids = await ListInfluencersFilter.Order(influencers, query.Filters)
            .Select(i => i.Id)
            .ToListAsync(cancellationToken);
        return new ListInfluencerIdsResult(ids);
    }
}
