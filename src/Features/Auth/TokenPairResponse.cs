namespace AnalisaAI.Api.Features.Auth;

/// <summary>What login and refresh return. <c>ExpiresIn</c> is the access token's lifetime in seconds.</summary>
public sealed record TokenPairResponse(
    string AccessToken,
    string TokenType,
    int ExpiresIn,
    string RefreshToken,
    DateTime RefreshTokenExpiresAt);
