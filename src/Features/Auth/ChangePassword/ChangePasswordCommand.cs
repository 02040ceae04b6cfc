using System.Text.Json.Serialization;
using AnalisaAI.Api.Infrastructure.Auth;
using Mediator;

namespace AnalisaAI.Api.Features.Auth.ChangePassword;

public sealed record ChangePasswordCommand(string? CurrentPassword, string? NewPassword) : ICommand, IHashesPassword
{
    /// <summary>From the access token, never from the body.</summary>
    [JsonIgnore]
    public Guid UserId { get; init; }

    /// <summary>The session kept; every other one ends. From the access token.</summary>
    [JsonIgnore]
    public Guid SessionId { get; init; }

    // Keeps both passwords out of logs that print the command.
    public override string ToString() => nameof(ChangePasswordCommand);
}
