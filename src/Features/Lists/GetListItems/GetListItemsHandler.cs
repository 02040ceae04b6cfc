using AnalisaAI.Api.Features.Influencers.LoadListItems;
using AnalisaAI.Api.Infrastructure.Persistence;
using Mediator;

namespace AnalisaAI.Api.Features.Lists.GetListItems;

/// <summary>The list's ids here, the items from the catalogue (at most 1,000, built with a fixed number of queries).</summary>
public sealed class GetListItemsHandler(AppDbContext db, ISender sender) : IQueryHandler<GetListItemsQuery, GetListItemsResponse>
{
    public async ValueTask<GetListItemsResponse> Handle(GetListItemsQuery query, CancellationToken cancellationToken)
    {
        await OwnedLists.EnsureExistsAsync(db, query.Id, query.OwnerId, cancellationToken);
        var ids = await OwnedLists.ItemIdsAsync(db, query.Id, cancellationToken);
        return ids.Count == 0
            ? new GetListItemsResponse([])
            : new GetListItemsResponse((await sender.Send(new LoadListItemsQuery(ids), cancellationToken)).Items);
    }
}
