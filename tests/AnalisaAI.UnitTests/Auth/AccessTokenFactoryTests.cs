using System.Text;
using AnalisaAI.Api.Infrastructure.Auth;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace AnalisaAI.UnitTests.Auth;

public class AccessTokenFactoryTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 30, 12, 0, 0, TimeSpan.Zero);
    private static readonly Guid UserId = Guid.Parse("0197a0b4-1111-7000-8000-000000000001");
    private static readonly Guid SessionId = Guid.Parse("0197a0b4-2222-7000-8000-000000000002");

    private readonly JwtOptions options = new() { SigningKey = new string('k', 48), AccessTokenMinutes = 20, Issuer = "iss", Audience = "aud" };

    [Fact]
    public void The_token_carries_the_account_claims_and_a_unique_id()
    {
        var factory = new AccessTokenFactory(Options.Create(options), new FakeTimeProvider(Now));

        var first = Read(factory.Create(UserId, SessionId, "ana@example.com", "Ana", "analyst").Token);
        var second = Read(factory.Create(UserId, SessionId, "ana@example.com", "Ana", "analyst").Token);

        first.Subject.Should().Be(UserId.ToString());
        first.GetClaim("email").Value.Should().Be("ana@example.com");
        first.GetClaim("name").Value.Should().Be("Ana");
        first.GetClaim("role").Value.Should().Be("analyst");
        first.GetClaim("sid").Value.Should().Be(SessionId.ToString());
        first.Issuer.Should().Be("iss");
        first.Audiences.Should().Equal("aud");
        first.Id.Should().NotBeNullOrEmpty().And.NotBe(second.Id);
    }

    [Fact]
    public void The_header_is_hs256_at_jwt()
    {
        var token = Read(new AccessTokenFactory(Options.Create(options), new FakeTimeProvider(Now)).Create(UserId, SessionId, "a@b.c", "A", "admin").Token);

        token.Alg.Should().Be("HS256");
        token.Typ.Should().Be("at+jwt");
    }

    [Fact]
    public void Expiry_is_now_plus_the_configured_minutes_on_the_injected_clock()
    {
        var factory = new AccessTokenFactory(Options.Create(options), new FakeTimeProvider(Now));

        var issued = factory.Create(UserId, SessionId, "a@b.c", "A", "admin");
        var token = Read(issued.Token);

        issued.ExpiresInSeconds.Should().Be(20 * 60);
        token.IssuedAt.Should().Be(Now.UtcDateTime);
        token.ValidTo.Should().Be(Now.UtcDateTime.AddMinutes(20));
    }

    [Fact]
    public async Task The_signature_verifies_with_the_configured_key_only()
    {
        var token = new AccessTokenFactory(Options.Create(options), new FakeTimeProvider(Now)).Create(UserId, SessionId, "a@b.c", "A", "admin").Token;

        (await ValidateAsync(token, options.SigningKeyBytes)).IsValid.Should().BeTrue();
        (await ValidateAsync(token, Encoding.UTF8.GetBytes(new string('x', 48)))).IsValid.Should().BeFalse();
    }

    private static JsonWebToken Read(string token) => new JsonWebTokenHandler().ReadJsonWebToken(token);

    private static Task<TokenValidationResult> ValidateAsync(string token, byte[] key) =>
        new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            IssuerSigningKey = new SymmetricSecurityKey(key),
            ValidIssuer = "iss",
            ValidAudience = "aud",
            ValidateLifetime = false,
        });
}
