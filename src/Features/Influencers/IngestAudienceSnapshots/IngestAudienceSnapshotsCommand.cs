using System.Text.Json.Serialization;
using Mediator;

namespace AnalisaAI.Api.Features.Influencers.IngestAudienceSnapshots;

public sealed record IngestAudienceSnapshotsCommand(IReadOnlyList<IngestAudienceSnapshotsItem>? Items) : ICommand<IngestionResponse>
{
    /// <summary>From the route, never from the body.</summary>
    [JsonIgnore]
    public Guid InfluencerId { get; init; }
}
