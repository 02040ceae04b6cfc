using AnalisaAI.Api.Infrastructure.Persistence;
using Mediator;

namespace AnalisaAI.Api.Features.Influencers.IngestStories;

/// <summary>Upserts the batch's stories by (influencer, externalId), all or nothing.</summary>
public sealed class IngestStoriesHandler(AppDbContext db, TimeProvider time) : ICommandHandler<IngestStoriesCommand, IngestionResponse>
{
    public async ValueTask<IngestionResponse> Handle(IngestStoriesCommand command, CancellationToken cancellationToken) =>
        await IngestionStore.UpsertByExternalIdAsync<Story, IngestStoriesItem>(
            db,
            command.InfluencerId,
            command.Items!,
            item => item.ExternalId!,
            externalId => new Story { InfluencerId = command.InfluencerId, ExternalId = externalId },
            Apply,
            time.GetUtcNow().UtcDateTime,
            cancellationToken);

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
