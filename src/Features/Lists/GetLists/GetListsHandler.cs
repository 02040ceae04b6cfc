using AnalisaAI.Api.Infrastructure.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AnalisaAI.Api.Features.Lists.GetLists;

/// <summary>The caller's lists, newest first, each with its item count, in one query (at most 100 lists a user).</summary>
public sealed class GetListsHandler(AppDbContext db) : IQueryHandler<GetListsQuery, GetListsResponse>
{
    public async ValueTask<GetListsResponse> Handle(GetListsQuery query, CancellationToken cancellationToken)
    {
        var lists = OwnedLists.Of(db, query.OwnerId).AsNoTracking().OrderByDescending(l => l.CreatedAt).ThenByDescending(l => l.Id);
        return new GetListsResponse(await OwnedLists.Responses(db, lists).ToListAsync(cancellationToken));
    }
}
