using Mediator;

namespace AnalisaAI.Api.Features.Auth;

/// <summary>Raised after a successful login, once the response's tokens are saved.</summary>
public sealed record UserLoggedIn(Guid UserId) : INotification;
