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

    public static NotFoundException NotFound(Guid influencerId) => new($"Influencer {influencerId} does not exist.");

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
}
