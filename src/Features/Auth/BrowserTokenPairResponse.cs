using AnalisaAI.Api.Infrastructure.OpenApi;

namespace AnalisaAI.Api.Features.Auth;

/// <summary>A token pair in cookie mode: the refresh token is in the cookie, so the body has none.</summary>
public sealed record BrowserTokenPairResponse(
    string AccessToken,
    [property: OneOf(typeof(TokenPairResponse), nameof(TokenPairResponse.TokenTypes))] string TokenType,
    int ExpiresIn,
    DateTime RefreshTokenExpiresAt)
{
    public static BrowserTokenPairResponse From(TokenPairResponse pair) =>
        new(pair.AccessToken, pair.TokenType, pair.ExpiresIn, pair.RefreshTokenExpiresAt);
}
