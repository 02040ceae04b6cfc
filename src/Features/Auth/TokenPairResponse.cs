using AnalisaAI.Api.Infrastructure.OpenApi;

namespace AnalisaAI.Api.Features.Auth;

/// <summary>What login and refresh return. <c>ExpiresIn</c> is the access token's lifetime in seconds.</summary>
public sealed record TokenPairResponse(
    string AccessToken,
    [property: OneOf(typeof(TokenPairResponse), nameof(TokenPairResponse.TokenTypes))] string TokenType,
    int ExpiresIn,
    string RefreshToken,
    DateTime RefreshTokenExpiresAt)
{
    public const string Bearer = "Bearer";

    /// <summary>The only token type the API issues.</summary>
    public static readonly IReadOnlyList<string> TokenTypes = [Bearer];
}
