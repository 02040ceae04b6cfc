using AnalisaAI.Api.Infrastructure.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AnalisaAI.Api.Features.Influencers.IngestStories;

/// <summary>Upserts by (influencer, externalId), like posts: a few IN-list reads, one save.</summary>
public sealed class IngestStoriesHandler(AppDbContext db) : ICommandHandler<IngestStoriesCommand, IngestionResponse>
{
    public async ValueTask<IngestionResponse> Handle(IngestStoriesCommand command, CancellationToken cancellationToken)
    {
        var influencerId = command.InfluencerId;
        await IngestionStore.EnsureInfluencerExistsAsync(db, influencerId, cancellationToken);

        var items = command.Items!;
        var stored = new Dictionary<string, Story>(items.Count, StringComparer.Ordinal);
        foreach (var keys in items.Select(i => i.ExternalId!).Chunk(IngestionRules.KeysPerQuery))
        {
            foreach (var story in await db.Stories
                         .Where(s => s.InfluencerId == influencerId && keys.Contains(s.ExternalId))
                         .ToListAsync(cancellationToken))
            {
                stored[story.ExternalId] = story;
            }
        }

        int inserted = 0, updated = 0;
        foreach (var item in items)
        {
            if (stored.TryGetValue(item.ExternalId!, out var story))
            {
                updated += Apply(story, item) ? 1 : 0;
            }
            else
            {
                story = new Story { InfluencerId = influencerId, ExternalId = item.ExternalId! };
                Apply(story, item);
                db.Stories.Add(story);
                inserted++;
            }
        }

        await IngestionStore.SaveAndTouchInfluencerAsync(db, influencerId, cancellationToken);
        return new IngestionResponse(items.Count, inserted, updated);
    }

    /// <summary>Copies the item onto the row; true when any stored value changes.</summary>
    private static bool Apply(Story story, IngestStoriesItem item)
    {
        var publishedAt = item.PublishedAt!.Value.UtcDateTime;
        if (story.PublishedAt == publishedAt && story.Views == item.Views && story.Reach == item.Reach
            && story.Exits == item.Exits && story.Replies == item.Replies)
        {
            return false;
        }

        story.PublishedAt = publishedAt;
        story.Views = item.Views!.Value;
        story.Reach = item.Reach;
        story.Exits = item.Exits;
        story.Replies = item.Replies;
        return true;
    }
}
