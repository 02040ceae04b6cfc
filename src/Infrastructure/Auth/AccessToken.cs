namespace AnalisaAI.Api.Infrastructure.Auth;

public sealed record AccessToken(string Token, int ExpiresInSeconds);
