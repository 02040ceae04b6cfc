using System.Text.Json.Serialization;
using Mediator;

namespace AnalisaAI.Api.Features.Lists.AddListItems;

public sealed record AddListItemsCommand(IReadOnlyList<Guid>? InfluencerIds) : ICommand<AddListItemsResponse>
{
    public const int MaxIds = 100;

    /// <summary>From the route, never from the body.</summary>
    [JsonIgnore]
    public Guid Id { get; init; }

    /// <summary>From the access token, never from the body.</summary>
    [JsonIgnore]
    public Guid OwnerId { get; init; }
}
