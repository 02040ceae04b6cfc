using AnalisaAI.Api.Infrastructure.Persistence;
using AnalisaAI.Api.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace AnalisaAI.Api.Features.Influencers;

/// <summary>What the ingestion handlers share: the 404, the upsert by external id, and the one all-or-nothing save.</summary>
public static class IngestionStore
{
    /// <summary>
    /// Upserts posts or stories by (influencer, externalId): the batch's stored rows come back in a few IN-list
    /// queries, new rows are added, changed rows modified (<paramref name="apply"/> copies an item onto a row and
    /// says whether anything changed), and everything is saved at once with the influencer's token renewed, in one
    /// transaction.
    /// </summary>
    public static Task<IngestionResponse> UpsertByExternalIdAsync<TRow, TItem>(
        AppDbContext db,
        Guid influencerId,
        IReadOnlyList<TItem> items,
        Func<TItem, string> externalId,
        Func<string, TRow> create,
        Func<TRow, TItem, bool> apply,
        DateTime now,
        CancellationToken cancellationToken)
        where TRow : class, IIngestedItem =>
        // Retried whole on a transient failure (TransientFailureRetries): an attempt reads the stored rows again and
        // upserts by external id, so after one that rolled back the batch is stored once, as a resent batch is.
        TransientFailureRetries.InTransactionAsync(
            db,
            token => UpsertAsync(db, influencerId, items, externalId, create, apply, now, token),
            cancellationToken);

    private static async Task<IngestionResponse> UpsertAsync<TRow, TItem>(
        AppDbContext db,
        Guid influencerId,
        IReadOnlyList<TItem> items,
        Func<TItem, string> externalId,
        Func<string, TRow> create,
        Func<TRow, TItem, bool> apply,
        DateTime now,
        CancellationToken cancellationToken)
        where TRow : class, IIngestedItem
    {
        await EnsureInfluencerExistsAsync(db, influencerId, cancellationToken);

        var rows = db.Set<TRow>();
        var stored = new Dictionary<string, TRow>(items.Count, StringComparer.Ordinal);
        foreach (var keys in items.Select(externalId).Chunk(IngestionRules.KeysPerQuery))
        {
            foreach (var row in await rows.Where(r => r.InfluencerId == influencerId && keys.Contains(r.ExternalId)).ToListAsync(cancellationToken))
            {
                stored[row.ExternalId] = row;
            }
        }

        int inserted = 0, updated = 0;
        foreach (var item in items)
        {
            if (stored.TryGetValue(externalId(item), out var row))
            {
                updated += apply(row, item) ? 1 : 0;
            }
            else
            {
                row = create(externalId(item));
                apply(row, item);
                rows.Add(row);
                inserted++;
            }
        }

        await SaveAsync(db, cancellationToken);
        await TouchInfluencerAsync(db, influencerId, now, cancellationToken);
        return new IngestionResponse(items.Count, inserted, updated);
    }

    public static async Task EnsureInfluencerExistsAsync(AppDbContext db, Guid influencerId, CancellationToken cancellationToken)
    {
        if (!await db.Influencers.AnyAsync(i => i.Id == influencerId, cancellationToken))
        {
            throw NotFoundException.For("Influencer", influencerId);
        }
    }

    /// <summary>One SaveChanges, so one transaction: the whole batch is stored, or none of it.</summary>
    public static async Task SaveAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception is not DbUpdateConcurrencyException && !DatabaseErrors.IsTransient(exception))
        {
            // Another request stored some of the same keys (or deleted the influencer) between our read and write.
            throw new ConflictException("The batch conflicted with a concurrent change to the same influencer; send it again.");
        }
    }

    /// <summary>
    /// In the batch's transaction: renews the influencer's concurrency token and records that its data arrived now,
    /// so a metrics run that read this influencer's data before the batch starts again instead of committing numbers
    /// from a mix.
    /// </summary>
    private static Task<int> TouchInfluencerAsync(AppDbContext db, Guid influencerId, DateTime now, CancellationToken cancellationToken)
    {
        var version = Guid.NewGuid();
        return db.Influencers.Where(i => i.Id == influencerId)
            .ExecuteUpdateAsync(set => set.SetProperty(i => i.Version, version).SetProperty(i => i.DataAsOf, now), cancellationToken);
    }
}
