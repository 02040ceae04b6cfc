using System.Text.Json.Serialization;
using AnalisaAI.Api.Infrastructure.OpenApi;

namespace AnalisaAI.Api.Features.Auth;

/// <summary>
/// What login and refresh return. <c>ExpiresIn</c> is the access token's lifetime in seconds. In cookie mode the
/// refresh token travels in the cookie instead, and the body leaves it out (null is not written).
/// </summary>
public sealed record TokenPairResponse(
    string AccessToken,
    [property: OneOf(typeof(TokenPairResponse), nameof(TokenPairResponse.TokenTypes))] string TokenType,
    int ExpiresIn,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? RefreshToken,
    DateTime RefreshTokenExpiresAt)
{
    public const string Bearer = "Bearer";

    /// <summary>The only token type the API issues.</summary>
    public static readonly IReadOnlyList<string> TokenTypes = [Bearer];
}
