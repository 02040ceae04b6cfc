using AnalisaAI.Api.Infrastructure.OpenApi;

namespace AnalisaAI.Api.Features.Auth.CreateInvitation;

/// <summary>The only answer that carries the token: it is not stored, so it cannot be shown again.</summary>
public sealed record CreateInvitationResponse(Guid Id, string Email, [property: OneOf(typeof(Roles))] string Role, string Token, DateTime ExpiresAt)
{
    // The token never reaches a log line, even through ToString.
    public override string ToString() => $"{nameof(CreateInvitationResponse)} {{ Id = {Id}, Role = {Role}, ExpiresAt = {ExpiresAt:O} }}";
}
