using System.Security.Cryptography;
using System.Text;

namespace AnalisaAI.Api.Infrastructure.Auth;

/// <summary>Opaque tokens (refresh tokens, invitations): 256 random bits for the client, only their SHA-256 for the database.</summary>
public static class RefreshTokenSecret
{
    public static string Generate() => Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Base64UrlEncode(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
