using System.Text.Json.Serialization;
using Mediator;

namespace AnalisaAI.Api.Features.Influencers.IngestStories;

public sealed record IngestStoriesCommand(IReadOnlyList<IngestStoriesItem>? Items) : ICommand<IngestionResponse>
{
    /// <summary>From the route, never from the body.</summary>
    [JsonIgnore]
    public Guid InfluencerId { get; init; }
}
