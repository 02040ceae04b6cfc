using System.Security.Claims;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace AnalisaAI.Api.Infrastructure.Auth;

/// <summary>Issues short-lived HMAC-SHA256 access tokens; <c>sid</c> is the refresh-token family they belong to.</summary>
public sealed class AccessTokenFactory(IOptions<JwtOptions> options, TimeProvider time)
{
    private readonly JsonWebTokenHandler handler = new();

    public AccessToken Create(Guid userId, Guid sessionId, string email, string displayName, string role)
    {
        var jwt = options.Value;
        var now = time.GetUtcNow().UtcDateTime;
        var expires = now.AddMinutes(jwt.AccessTokenMinutes);
        var token = handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = jwt.Issuer,
            Audience = jwt.Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = expires,
            TokenType = "at+jwt",
            Subject = new ClaimsIdentity(
            [
                new Claim(JwtRegisteredClaimNames.Sub, userId.ToString()),
                new Claim(AuthClaims.Session, sessionId.ToString()),
                new Claim(JwtRegisteredClaimNames.Email, email),
                new Claim(JwtRegisteredClaimNames.Name, displayName),
                new Claim(AuthClaims.Role, role),
                new Claim(JwtRegisteredClaimNames.Jti, Guid.NewGuid().ToString("N")),
            ]),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(jwt.SigningKeyBytes), SecurityAlgorithms.HmacSha256),
        });
        return new AccessToken(token, jwt.AccessTokenMinutes * 60);
    }
}
