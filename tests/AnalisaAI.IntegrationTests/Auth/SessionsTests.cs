using System.Net;
using AnalisaAI.Api.Features.Auth;
using AnalisaAI.IntegrationTests.Infrastructure;

namespace AnalisaAI.IntegrationTests.Auth;

public sealed class SessionsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task Sessions_lists_the_callers_live_sessions_most_recently_used_first()
    {
        var account = await client.RegisterAsync();
        var laptop = await client.LoginFromAsync(account.Email, account.Password, "Laptop/1.0");
        factory.Time.Advance(TimeSpan.FromMinutes(1));
        var phone = await client.LoginFromAsync(account.Email, account.Password, "Phone/2.0 " + new string('x', 300));
        var ended = await client.LoginFromAsync(account.Email, account.Password, "Ended/1.0");
        (await client.PostLogoutAsync(ended.RefreshToken)).EnsureSuccessStatusCode();
        factory.Time.Advance(TimeSpan.FromMinutes(1));
        laptop = await client.RefreshFromAsync(laptop.RefreshToken, "Laptop/1.0");

        var items = await client.SessionsAsync(phone.AccessToken);

        items.Should().HaveCount(2, "the logged-out session is not live");
        var first = items[0]!;
        first["userAgent"]!.GetValue<string>().Should().Be("Laptop/1.0");
        first["current"]!.GetValue<bool>().Should().BeFalse();
        first["lastUsedAt"]!.GetValue<DateTime>().Should().Be(factory.Time.GetUtcNow().UtcDateTime);
        first["createdAt"]!.GetValue<DateTime>().Should().Be(factory.Time.GetUtcNow().UtcDateTime.AddMinutes(-2), "a refresh keeps the session's start");
        first["expiresAt"]!.GetValue<DateTime>().Should().Be(factory.Time.GetUtcNow().UtcDateTime.AddDays(7), "the idle limit comes before the absolute one");
        var second = items[1]!;
        second["current"]!.GetValue<bool>().Should().BeTrue();
        second["userAgent"]!.GetValue<string>().Should().HaveLength(StoredRefreshToken.UserAgentMaxLength).And.StartWith("Phone/2.0");
        first["id"]!.GetValue<Guid>().Should().NotBe(second["id"]!.GetValue<Guid>());
        second.AsObject().Should().ContainKey("address");
    }

    [Fact]
    public async Task Ending_a_session_stops_its_refresh_token_at_once_and_its_access_token_within_5_seconds()
    {
        var account = await client.RegisterAsync();
        var mine = await client.LoginAsync(account.Email, account.Password);
        var other = await client.LoginAsync(account.Email, account.Password);
        (await client.GetWithBearerAsync("/api/auth/me", other.AccessToken)).StatusCode.Should().Be(HttpStatusCode.OK);
        var otherId = (await client.SessionsAsync(mine.AccessToken)).Single(s => !s!["current"]!.GetValue<bool>())!["id"]!.GetValue<Guid>();

        (await client.SendWithBearerAsync(HttpMethod.Delete, $"/api/auth/sessions/{otherId}", mine.AccessToken)).StatusCode
            .Should().Be(HttpStatusCode.NoContent);

        (await client.PostRefreshAsync(other.RefreshToken)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        factory.Time.Advance(TimeSpan.FromSeconds(5));
        (await client.GetWithBearerAsync("/api/auth/me", other.AccessToken)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await client.GetWithBearerAsync("/api/auth/me", mine.AccessToken)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await client.SessionsAsync(mine.AccessToken)).Should().ContainSingle();
    }

    [Fact]
    public async Task Another_users_session_or_an_unknown_one_is_404_and_stays_live()
    {
        var alice = await client.RegisterAsync();
        var bob = await client.RegisterAsync();
        var aliceTokens = await client.LoginAsync(alice.Email, alice.Password);
        var bobTokens = await client.LoginAsync(bob.Email, bob.Password);
        var bobSession = (await client.SessionsAsync(bobTokens.AccessToken)).Single()!["id"]!.GetValue<Guid>();

        (await client.SendWithBearerAsync(HttpMethod.Delete, $"/api/auth/sessions/{bobSession}", aliceTokens.AccessToken)).StatusCode
            .Should().Be(HttpStatusCode.NotFound);
        (await client.SendWithBearerAsync(HttpMethod.Delete, $"/api/auth/sessions/{Guid.NewGuid()}", aliceTokens.AccessToken)).StatusCode
            .Should().Be(HttpStatusCode.NotFound);

        (await client.PostRefreshAsync(bobTokens.RefreshToken)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Ending_all_sessions_keeps_the_current_one_unless_asked()
    {
        var account = await client.RegisterAsync();
        var mine = await client.LoginAsync(account.Email, account.Password);
        var other = await client.LoginAsync(account.Email, account.Password);

        (await client.SendWithBearerAsync(HttpMethod.Delete, "/api/auth/sessions", mine.AccessToken)).StatusCode.Should().Be(HttpStatusCode.NoContent);

        (await client.PostRefreshAsync(other.RefreshToken)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        var renewed = await (await client.PostRefreshAsync(mine.RefreshToken)).ReadTokensAsync();

        (await client.SendWithBearerAsync(HttpMethod.Delete, "/api/auth/sessions?includeCurrent=true", renewed.AccessToken)).StatusCode
            .Should().Be(HttpStatusCode.NoContent);

        (await client.PostRefreshAsync(renewed.RefreshToken)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        factory.Time.Advance(TimeSpan.FromSeconds(5));
        (await client.GetWithBearerAsync("/api/auth/me", renewed.AccessToken)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_session_idle_for_7_days_ends_even_before_its_absolute_expiry()
    {
        var account = await client.RegisterAsync();
        var kept = await client.LoginAsync(account.Email, account.Password);
        var idle = await client.LoginAsync(account.Email, account.Password);

        factory.Time.Advance(TimeSpan.FromDays(7) - TimeSpan.FromSeconds(1));
        kept = await (await client.PostRefreshAsync(kept.RefreshToken)).ReadTokensAsync();
        factory.Time.Advance(TimeSpan.FromSeconds(1));

        (await client.PostRefreshAsync(idle.RefreshToken)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await client.SessionsAsync(kept.AccessToken)).Should().ContainSingle("an idle session is no longer listed");
        (await client.PostRefreshAsync(kept.RefreshToken)).StatusCode.Should().Be(HttpStatusCode.OK, "a refresh restarts the idle allowance");
    }

    [Fact]
    public async Task Session_endpoints_need_a_bearer_token()
    {
        (await client.GetAsync("/api/auth/sessions")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await client.DeleteAsync("/api/auth/sessions")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await client.DeleteAsync($"/api/auth/sessions/{Guid.NewGuid()}")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await client.PostAsync("/api/auth/change-password", null)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }
}
