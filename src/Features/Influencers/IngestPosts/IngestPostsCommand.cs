using System.Text.Json.Serialization;
using Mediator;

namespace AnalisaAI.Api.Features.Influencers.IngestPosts;

public sealed record IngestPostsCommand(IReadOnlyList<IngestPostsItem>? Items) : ICommand<IngestionResponse>
{
    /// <summary>From the route, never from the body.</summary>
    [JsonIgnore]
    public Guid InfluencerId { get; init; }
}
