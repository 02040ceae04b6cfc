using System.Text.Json.Serialization;
using Mediator;

namespace AnalisaAI.Api.Features.Lists.CreateList;

public sealed record CreateListCommand(string? Name) : ICommand<SavedListResponse>
{
    /// <summary>From the access token, never from the body.</summary>
    [JsonIgnore]
    public Guid OwnerId { get; init; }
}
