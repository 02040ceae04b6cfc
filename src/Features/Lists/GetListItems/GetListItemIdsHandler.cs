using AnalisaAI.Api.Infrastructure.Persistence;
using Mediator;

namespace AnalisaAI.Api.Features.Lists.GetListItems;

public sealed class GetListItemIdsHandler(AppDbContext db) : IQueryHandler<GetListItemIdsQuery, GetListItemIdsResult>
{
    public async ValueTask<GetListItemIdsResult> Handle(GetListItemIdsQuery query, CancellationToken cancellationToken)
    {
        var list = await OwnedLists.FindAsync(db, query.Id, query.OwnerId, cancellationToken);
        return new GetListItemIdsResult(list.Name, await OwnedLists.ItemIdsAsync(db, query.Id, cancellationToken));
    }
}
