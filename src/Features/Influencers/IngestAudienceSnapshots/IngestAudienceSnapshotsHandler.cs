using AnalisaAI.Api.Infrastructure.Persistence;
using AnalisaAI.Api.Infrastructure.Web;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AnalisaAI.Api.Features.Influencers.IngestAudienceSnapshots;

/// <summary>
/// Upserts by (influencer, date), then leaves the influencer's followers (and following, where given) equal to
/// its newest snapshot's, over the stored snapshots and the batch, in the same save.
/// </summary>
public sealed class IngestAudienceSnapshotsHandler(AppDbContext db, TimeProvider time)
    : ICommandHandler<IngestAudienceSnapshotsCommand, IngestionResponse>
{
    private const int MaxSaveAttempts = 3;

    public async ValueTask<IngestionResponse> Handle(IngestAudienceSnapshotsCommand command, CancellationToken cancellationToken)
    {
        var influencerId = command.InfluencerId;
        var influencer = await db.Influencers.SingleOrDefaultAsync(i => i.Id == influencerId, cancellationToken)
            ?? throw NotFoundException.For("Influencer", influencerId);

        var items = command.Items!
            .Select(item => (Date: IngestAudienceSnapshotsItemValidator.ParseDate(item.Date), Item: item))
            .ToArray();

        var newestStored = await db.AudienceSnapshots.AsNoTracking()
            .Where(s => s.InfluencerId == influencerId)
            .OrderByDescending(s => s.Date)
            .Select(s => new { s.Date, s.Followers, s.Following })
            .FirstOrDefaultAsync(cancellationToken);

        var stored = new Dictionary<DateOnly, AudienceSnapshot>(items.Length);
        foreach (var dates in items.Select(i => i.Date).Chunk(IngestionRules.KeysPerQuery))
        {
            foreach (var snapshot in await db.AudienceSnapshots
                         .Where(s => s.InfluencerId == influencerId && dates.Contains(s.Date))
                         .ToListAsync(cancellationToken))
            {
                stored[snapshot.Date] = snapshot;
            }
        }

        int inserted = 0, updated = 0;
        AudienceSnapshot? newestInBatch = null;
        foreach (var (date, item) in items)
        {
            if (stored.TryGetValue(date, out var snapshot))
            {
                updated += Apply(snapshot, item) ? 1 : 0;
            }
            else
            {
                snapshot = new AudienceSnapshot { InfluencerId = influencerId, Date = date };
                Apply(snapshot, item);
                db.AudienceSnapshots.Add(snapshot);
                inserted++;
            }

            if (newestInBatch is null || snapshot.Date > newestInBatch.Date)
            {
                newestInBatch = snapshot;
            }
        }

        // The batch wins a tie: it has just replaced the stored snapshot of that date.
        var (followers, following) = newestStored is not null && newestStored.Date > newestInBatch!.Date
            ? (newestStored.Followers, newestStored.Following)
            : (newestInBatch!.Followers, newestInBatch.Following);
        Follow(influencer, followers, following);

        await SaveAsync(influencer, followers, following, cancellationToken);
        return new IngestionResponse(items.Length, inserted, updated);
    }

    /// <summary>
    /// Saves everything at once. A metrics run may write the influencer (and renew its concurrency token) between
    /// our read and this save; then the influencer is re-read, the audience figures re-applied, and the save retried.
    /// </summary>
    private async Task SaveAsync(Influencer influencer, long followers, long? following, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await IngestionStore.SaveAsync(db, cancellationToken);
                return;
            }
            catch (DbUpdateConcurrencyException) when (attempt < MaxSaveAttempts)
            {
                var entry = db.Entry(influencer);
                var current = await entry.GetDatabaseValuesAsync(cancellationToken)
                    ?? throw NotFoundException.For("Influencer", influencer.Id);
                entry.OriginalValues.SetValues(current);
                entry.CurrentValues.SetValues(current);
                Follow(influencer, followers, following);
            }
            catch (DbUpdateConcurrencyException)
            {
                throw new ConflictException("The influencer kept changing while the batch was saved; send it again.");
            }
        }
    }

    /// <summary>The audience figures the batch leaves, and the arrival of new data.</summary>
    private void Follow(Influencer influencer, long followers, long? following)
    {
        influencer.DataAsOf = time.GetUtcNow().UtcDateTime;
        influencer.Followers = followers;
        if (following is not null)
        {
            influencer.Following = following;
        }
    }

    /// <summary>Copies the item onto the row; true when any stored value changes.</summary>
    private static bool Apply(AudienceSnapshot snapshot, IngestAudienceSnapshotsItem item)
    {
        if (snapshot.Followers == item.Followers && snapshot.Following == item.Following && snapshot.Gained == item.Gained
            && snapshot.Lost == item.Lost && snapshot.ProfileViews == item.ProfileViews)
        {
            return false;
        }

        snapshot.Followers = item.Followers!.Value;
        snapshot.Following = item.Following;
        snapshot.Gained = item.Gained;
        snapshot.Lost = item.Lost;
        snapshot.ProfileViews = item.ProfileViews;
        return true;
    }
}
