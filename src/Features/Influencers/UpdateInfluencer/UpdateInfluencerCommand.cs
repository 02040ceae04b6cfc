using System.Text.Json.Serialization;
using Mediator;

namespace AnalisaAI.Api.Features.Influencers.UpdateInfluencer;

/// <summary>Replaces the influencer's writable fields: an omitted optional field is cleared, as PUT means.</summary>
public sealed record UpdateInfluencerCommand(
    string? Handle,
    string? Platform,
    string? DisplayName,
    long? Followers,
    long? Following,
    long? PostsCount,
    IReadOnlyList<string?>? Categories) : ICommand<InfluencerResponse>, IInfluencerFields
{
    /// <summary>From the route, never from the body.</summary>
    [JsonIgnore]
    public Guid Id { get; init; }
}
