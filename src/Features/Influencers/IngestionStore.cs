using AnalisaAI.Api.Infrastructure.Persistence;
using AnalisaAI.Api.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace AnalisaAI.Api.Features.Influencers;

/// <summary>What the ingestion handlers share around their upsert: the 404 and the one all-or-nothing save.</summary>
public static class IngestionStore
{
    public static async Task EnsureInfluencerExistsAsync(AppDbContext db, Guid influencerId, CancellationToken cancellationToken)
    {
        if (!await db.Influencers.AnyAsync(i => i.Id == influencerId, cancellationToken))
        {
            throw NotFound(influencerId);
        }
    }

    public static NotFoundException NotFound(Guid influencerId) => NotFoundException.For("Influencer", influencerId);

    /// <summary>One SaveChanges, so one transaction: the whole batch is stored, or none of it.</summary>
    public static async Task SaveAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception is not DbUpdateConcurrencyException)
        {
            // Another request stored some of the same keys (or deleted the influencer) between our read and write.
            throw new ConflictException("The batch conflicted with a concurrent change to the same influencer; send it again.");
        }
    }

    /// <summary>
    /// Saves the batch and renews the influencer's concurrency token in one transaction, so a metrics run that
    /// read this influencer's data before the batch starts again instead of committing numbers from a mix.
    /// </summary>
    public static async Task SaveAndTouchInfluencerAsync(AppDbContext db, Guid influencerId, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await SaveAsync(db, cancellationToken);
        var version = Guid.NewGuid();
        await db.Influencers.Where(i => i.Id == influencerId)
            .ExecuteUpdateAsync(set => set.SetProperty(i => i.Version, version), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
