using Mediator;

namespace AnalisaAI.Api.Features.Auth;

/// <summary>Raised after a successful token refresh, once the rotated token is saved.</summary>
public sealed record TokenRefreshed(Guid UserId) : INotification;
