using System.Text.Json.Serialization;
using Mediator;

namespace AnalisaAI.Api.Features.Auth.CreateInvitation;

public sealed record CreateInvitationCommand(string? Email, string? Role) : ICommand<CreateInvitationResponse>
{
    /// <summary>From the access token, never from the body.</summary>
    [JsonIgnore]
    public Guid AdminId { get; init; }
}
