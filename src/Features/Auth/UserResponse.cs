using AnalisaAI.Api.Infrastructure.OpenApi;

namespace AnalisaAI.Api.Features.Auth;

public sealed record UserResponse(Guid Id, string Email, string DisplayName, [property: OneOf(typeof(Roles))] string Role)
{
    public static UserResponse From(User user) => new(user.Id, user.Email, user.DisplayName, user.Role);
}
