namespace AnalisaAI.IntegrationTests.Infrastructure;

public sealed record TokenPair(string AccessToken, string TokenType, int ExpiresIn, string RefreshToken, DateTime RefreshTokenExpiresAt);
