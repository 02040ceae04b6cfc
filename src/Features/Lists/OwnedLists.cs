using AnalisaAI.Api.Infrastructure.Persistence;
using AnalisaAI.Api.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace AnalisaAI.Api.Features.Lists;

/// <summary>
/// How every route reaches a list: by its id and the caller's id together, so another user's list (an admin's
/// request included) is not found exactly as an id nobody has, with the same 404 body: its existence never shows.
/// </summary>
public static class OwnedLists
{
    public static IQueryable<SavedList> Of(AppDbContext db, Guid ownerId) => db.SavedLists.Where(l => l.OwnerId == ownerId);

    public static NotFoundException NotFound(Guid listId) => NotFoundException.For("List", listId);

    public static async Task<SavedList> FindAsync(AppDbContext db, Guid listId, Guid ownerId, CancellationToken cancellationToken) =>
        await Of(db, ownerId).SingleOrDefaultAsync(l => l.Id == listId, cancellationToken) ?? throw NotFound(listId);

    public static async Task EnsureExistsAsync(AppDbContext db, Guid listId, Guid ownerId, CancellationToken cancellationToken)
    {
        if (!await Of(db, ownerId).AnyAsync(l => l.Id == listId, cancellationToken))
        {
            throw NotFound(listId);
        }
    }

    /// <summary>
    /// Inside a transaction, writes the list's row without changing it, which takes its row lock (SQL Server,
    /// PostgreSQL; SQLite has one writer anyway): writers of one list then go one at a time, so what one reads of the
    /// list's items (count, positions) stays true until it commits.
    /// </summary>
    public static async Task LockAsync(AppDbContext db, Guid listId, Guid ownerId, CancellationToken cancellationToken)
    {
        var locked = await Of(db, ownerId).Where(l => l.Id == listId)
            .ExecuteUpdateAsync(set => set.SetProperty(l => l.UpdatedAt, l => l.UpdatedAt), cancellationToken);
        if (locked == 0)
        {
            throw NotFound(listId);
        }
    }

    public static Task TouchAsync(AppDbContext db, Guid listId, DateTime now, CancellationToken cancellationToken) =>
        db.SavedLists.Where(l => l.Id == listId).ExecuteUpdateAsync(set => set.SetProperty(l => l.UpdatedAt, now), cancellationToken);

    /// <summary>The list's influencers in the order they were added.</summary>
    public static Task<List<Guid>> ItemIdsAsync(AppDbContext db, Guid listId, CancellationToken cancellationToken) =>
        db.SavedListItems.AsNoTracking()
            .Where(i => i.ListId == listId)
            .OrderBy(i => i.Position)
            .Select(i => i.InfluencerId)
            .ToListAsync(cancellationToken);

    public static IQueryable<SavedListResponse> Responses(AppDbContext db, IQueryable<SavedList> lists) =>
        lists.Select(l => new SavedListResponse(l.Id, l.Name, db.SavedListItems.Count(i => i.ListId == l.Id), l.CreatedAt, l.UpdatedAt));

    public static async Task<SavedListResponse> ResponseAsync(AppDbContext db, Guid listId, CancellationToken cancellationToken) =>
        await Responses(db, db.SavedLists.AsNoTracking().Where(l => l.Id == listId)).SingleAsync(cancellationToken);
}
