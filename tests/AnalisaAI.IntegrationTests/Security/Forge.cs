using System.Security.Claims;
using System.Text;
using System.Text.Json.Nodes;
using AnalisaAI.IntegrationTests.Auth;
using AnalisaAI.IntegrationTests.Infrastructure;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace AnalisaAI.IntegrationTests.Security;

/// <summary>Tokens signed with the app's real key, with whatever claims a test needs.</summary>
public static class Forge
{
    public static string Token(ApiFactory factory, params Claim[] claims) => Token(factory, "analisaai", claims);

    public static string Token(ApiFactory factory, string issuer, params Claim[] claims)
    {
        var now = factory.Time.GetUtcNow().UtcDateTime;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = "analisaai",
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddMinutes(10),
            TokenType = "at+jwt",
            Subject = new ClaimsIdentity(claims),
            SigningCredentials = new SigningCredentials(
                new SymmetricSecurityKey(Encoding.UTF8.GetBytes(factory.SigningKey)), SecurityAlgorithms.HmacSha256),
        });
    }

    public static JsonObject Payload(string token) =>
        JsonNode.Parse(AuthApi.FromBase64Url(token.Split('.')[1]))!.AsObject();
}
