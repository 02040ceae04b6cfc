using System.Net;
using System.Security.Claims;
using System.Text;
using System.Text.Json.Nodes;
using AnalisaAI.IntegrationTests.Infrastructure;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace AnalisaAI.IntegrationTests.Auth;

public sealed class AccessTokenTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task Issued_access_token_is_an_hs256_at_jwt()
    {
        var tokens = await client.LoginAsync(ApiFactory.AdminEmail, factory.AdminPassword);

        var header = AuthApi.JwtHeader(tokens.AccessToken);

        header["alg"]!.GetValue<string>().Should().Be("HS256");
        header["typ"]!.GetValue<string>().Should().Be("at+jwt");
    }

    [Fact]
    public async Task A_token_forged_with_the_right_key_and_claims_is_accepted()
    {
        // The control for the forgeries below: only the one property each of them changes makes them fail.
        var token = await ForgeAsync(SecurityAlgorithms.HmacSha256);

        (await client.GetWithBearerAsync("/api/auth/me", token)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Unsigned_token_with_alg_none_is_401()
    {
        var adminId = await AdminIdAsync();
        var now = factory.Time.GetUtcNow().ToUnixTimeSeconds();
        var header = AuthApi.Base64Url("""{"alg":"none","typ":"at+jwt"}""");
        var payload = AuthApi.Base64Url(new JsonObject
        {
            ["sub"] = adminId.ToString(), ["email"] = ApiFactory.AdminEmail, ["role"] = "admin",
            ["iss"] = "analisaai", ["aud"] = "analisaai", ["iat"] = now, ["nbf"] = now, ["exp"] = now + 600,
        }.ToJsonString());

        var response = await client.GetWithBearerAsync("/api/auth/me", $"{header}.{payload}.");

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Token_signed_hs512_with_the_same_key_is_401()
    {
        var token = await ForgeAsync(SecurityAlgorithms.HmacSha512);
        AuthApi.JwtHeader(token)["alg"]!.GetValue<string>().Should().Be("HS512");

        (await client.GetWithBearerAsync("/api/auth/me", token)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Token_signed_with_another_key_is_401()
    {
        var token = await ForgeAsync(SecurityAlgorithms.HmacSha256, key: Encoding.UTF8.GetBytes(new string('k', 64)));

        (await client.GetWithBearerAsync("/api/auth/me", token)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("someone-else", "analisaai")]
    [InlineData("analisaai", "someone-else")]
    public async Task Wrong_issuer_or_audience_is_401(string issuer, string audience)
    {
        var token = await ForgeAsync(SecurityAlgorithms.HmacSha256, issuer, audience);

        (await client.GetWithBearerAsync("/api/auth/me", token)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Expired_token_is_accepted_within_the_30_second_skew_and_refused_after()
    {
        var tokens = await client.LoginAsync(ApiFactory.AdminEmail, factory.AdminPassword);

        factory.Time.Advance(TimeSpan.FromSeconds(tokens.ExpiresIn) + TimeSpan.FromSeconds(29));
        (await client.GetWithBearerAsync("/api/auth/me", tokens.AccessToken)).StatusCode.Should().Be(HttpStatusCode.OK);

        factory.Time.Advance(TimeSpan.FromSeconds(2));
        var expired = await client.GetWithBearerAsync("/api/auth/me", tokens.AccessToken);
        expired.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        await expired.ReadProblemAsync();
    }

    [Fact]
    public async Task Refresh_token_is_never_accepted_as_a_bearer_token()
    {
        var tokens = await client.LoginAsync(ApiFactory.AdminEmail, factory.AdminPassword);

        (await client.GetWithBearerAsync("/api/auth/me", tokens.RefreshToken)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    private async Task<Guid> AdminIdAsync()
    {
        var tokens = await client.LoginAsync(ApiFactory.AdminEmail, factory.AdminPassword);
        var me = await (await client.GetWithBearerAsync("/api/auth/me", tokens.AccessToken)).ReadJsonAsync();
        return me["id"]!.GetValue<Guid>();
    }

    private async Task<string> ForgeAsync(string algorithm, string issuer = "analisaai", string audience = "analisaai", byte[]? key = null)
    {
        var adminId = await AdminIdAsync();
        var sessionId = await AdminSessionIdAsync();
        var now = factory.Time.GetUtcNow().UtcDateTime;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddMinutes(10),
            TokenType = "at+jwt",
            Subject = new ClaimsIdentity(
            [
                new Claim("sub", adminId.ToString()),
                new Claim("sid", sessionId),
                new Claim("email", ApiFactory.AdminEmail),
                new Claim("role", "admin"),
            ]),
            SigningCredentials = new SigningCredentials(
                new SymmetricSecurityKey(key ?? Encoding.UTF8.GetBytes(factory.SigningKey)), algorithm),
        });
    }

    /// <summary>The session (refresh-token family) of a real admin login: a forged token needs a live one too.</summary>
    private async Task<string> AdminSessionIdAsync()
    {
        var tokens = await client.LoginAsync(ApiFactory.AdminEmail, factory.AdminPassword);
        return System.Text.Json.Nodes.JsonNode.Parse(AuthApi.FromBase64Url(tokens.AccessToken.Split('.')[1]))!["sid"]!.GetValue<string>();
    }
}
