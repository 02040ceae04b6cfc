using AnalisaAI.Api.Infrastructure.OpenApi;

namespace AnalisaAI.Api.Features.Auth;

/// <summary>An account as an admin sees it.</summary>
public sealed record AdminUserResponse(
    Guid Id,
    string Email,
    string DisplayName,
    [property: OneOf(typeof(Roles))] string Role,
    bool Disabled,
    DateTime CreatedAt,
    DateTime? LastSignInAt)
{
    public static AdminUserResponse From(User user) =>
        new(user.Id, user.Email, user.DisplayName, user.Role, user.DisabledAt is not null, user.CreatedAt, user.LastSignInAt);
}
