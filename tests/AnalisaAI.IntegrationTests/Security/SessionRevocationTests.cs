using System.Net;
using AnalisaAI.IntegrationTests.Auth;
using AnalisaAI.IntegrationTests.Infrastructure;

namespace AnalisaAI.IntegrationTests.Security;

/// <summary>Issue 10, item 5: an access token stops working within 5 s of its session's end (logout or revocation).</summary>
public sealed class SessionRevocationTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task Access_tokens_carry_their_refresh_token_family_as_sid()
    {
        var account = await client.RegisterAsync();
        var first = await (await client.PostLoginAsync(account.Email, account.Password)).ReadTokensAsync();
        var rotated = await (await client.PostRefreshAsync(first.RefreshToken)).ReadTokensAsync();
        var other = await (await client.PostLoginAsync(account.Email, account.Password)).ReadTokensAsync();

        var sid = Forge.Payload(first.AccessToken)["sid"]!.GetValue<string>();
        Guid.TryParse(sid, out _).Should().BeTrue();
        Forge.Payload(rotated.AccessToken)["sid"]!.GetValue<string>().Should().Be(sid, "a rotation stays in the family");
        Forge.Payload(other.AccessToken)["sid"]!.GetValue<string>().Should().NotBe(sid, "each login starts a family");
    }

    [Fact]
    public async Task After_logout_the_access_token_is_refused_within_five_seconds_and_other_sessions_go_on()
    {
        var account = await client.RegisterAsync();
        var session = await (await client.PostLoginAsync(account.Email, account.Password)).ReadTokensAsync();
        var other = await (await client.PostLoginAsync(account.Email, account.Password)).ReadTokensAsync();
        (await client.GetWithBearerAsync("/api/auth/me", session.AccessToken)).StatusCode.Should().Be(HttpStatusCode.OK);

        (await client.PostLogoutAsync(session.RefreshToken)).StatusCode.Should().Be(HttpStatusCode.NoContent);
        factory.Time.Advance(TimeSpan.FromSeconds(5));

        var refused = await client.GetWithBearerAsync("/api/auth/me", session.AccessToken);
        refused.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await client.GetWithBearerAsync("/api/influencers", session.AccessToken)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await client.GetWithBearerAsync("/api/auth/me", other.AccessToken)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_token_family_revoked_for_reuse_takes_its_access_tokens_with_it()
    {
        var account = await client.RegisterAsync();
        var first = await (await client.PostLoginAsync(account.Email, account.Password)).ReadTokensAsync();
        var second = await (await client.PostRefreshAsync(first.RefreshToken)).ReadTokensAsync();

        factory.Time.Advance(TimeSpan.FromSeconds(11));
        (await client.PostRefreshAsync(first.RefreshToken)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        factory.Time.Advance(TimeSpan.FromSeconds(5));

        (await client.GetWithBearerAsync("/api/auth/me", second.AccessToken)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }
}
