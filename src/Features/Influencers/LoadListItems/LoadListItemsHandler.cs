using AnalisaAI.Api.Features.Influencers.ListInfluencers;
using AnalisaAI.Api.Infrastructure.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AnalisaAI.Api.Features.Influencers.LoadListItems;

public sealed class LoadListItemsHandler(AppDbContext db, ISender sender) : IQueryHandler<LoadListItemsQuery, LoadListItemsResult>
{
    public async ValueTask<LoadListItemsResult> Handle(LoadListItemsQuery query, CancellationToken cancellationToken)
    {
        var ids = query.InfluencerIds.Distinct().ToArray();
        var byId = (await db.Influencers.AsNoTracking().Where(i => ids.Contains(i.Id)).ToListAsync(cancellationToken)).ToDictionary(i => i.Id);
        var rows = query.InfluencerIds.Where(byId.ContainsKey).Select(id => byId[id]).Distinct().ToArray();
        return new LoadListItemsResult(await ListInfluencersItems.LoadAsync(db, sender, rows, cancellationToken));
    }
}
