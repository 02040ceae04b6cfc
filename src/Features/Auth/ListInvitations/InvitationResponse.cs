using AnalisaAI.Api.Infrastructure.OpenApi;

namespace AnalisaAI.Api.Features.Auth.ListInvitations;

/// <summary>An invitation without its token (which is not stored). <paramref name="CreatedBy"/> is the inviting admin's email.</summary>
public sealed record InvitationResponse(
    Guid Id, string Email, [property: OneOf(typeof(Roles))] string Role, DateTime CreatedAt, DateTime ExpiresAt, DateTime? UsedAt, string CreatedBy);
