using System.Text.Json.Serialization;
using Mediator;

namespace AnalisaAI.Api.Features.Lists.RenameList;

public sealed record RenameListCommand(string? Name) : ICommand<SavedListResponse>
{
    /// <summary>From the route, never from the body.</summary>
    [JsonIgnore]
    public Guid Id { get; init; }

    /// <summary>From the access token, never from the body.</summary>
    [JsonIgnore]
    public Guid OwnerId { get; init; }
}
