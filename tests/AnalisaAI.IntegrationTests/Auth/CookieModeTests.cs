using System.Net;
using System.Net.Http.Json;
using AnalisaAI.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace AnalisaAI.IntegrationTests.Auth;

/// <summary>
/// The browsers' mode of login, refresh and logout (<c>?useCookies=true</c>): the refresh token lives in an
/// HttpOnly, Secure, SameSite=Strict cookie scoped to /api/auth and never in the JSON. Cookies are sent by hand
/// here, so each test says exactly what the browser holds.
/// </summary>
public sealed class CookieModeTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string CookieName = "__Secure-AnalisaAI-Refresh";
    private const string HintName = "AnalisaAI-Session";

    private readonly HttpClient client = factory.CreateClient(new WebApplicationFactoryClientOptions
    {
        BaseAddress = new Uri("https://localhost"),
        HandleCookies = false,
    });

    [Fact]
    public async Task Login_with_cookies_sets_a_locked_down_cookie_and_keeps_the_token_out_of_the_body()
    {
        var account = await client.RegisterAsync();

        var response = await client.PostAsJsonAsync("/api/auth/login?useCookies=true", new { email = account.Email, password = account.Password });

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Headers.CacheControl!.NoStore.Should().BeTrue();
        var body = (await response.ReadJsonAsync()).AsObject();
        body.Should().ContainKeys("accessToken", "tokenType", "expiresIn", "refreshTokenExpiresAt");
        body["refreshToken"].Should().BeNull("the refresh token is only in the cookie");

        var cookie = SetCookie(response);
        cookie.Should().StartWith(CookieName + "=");
        var attributes = Attributes(cookie);
        attributes.Should().Contain(["httponly", "secure", "samesite=strict", "path=/api/auth"]);
        attributes.Should().Contain(a => a.StartsWith("expires=", StringComparison.Ordinal));
        (await client.GetWithBearerAsync("/api/auth/me", body["accessToken"]!.GetValue<string>())).StatusCode.Should().Be(HttpStatusCode.OK);

        var hint = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(HintName + "=", StringComparison.Ordinal));
        CookieValue(hint, HintName).Should().Be("1", "the page-readable hint carries no secret, only that a session may exist");
        Attributes(hint).Should().Contain(["secure", "samesite=strict", "path=/"]).And.NotContain("httponly");
    }

    [Fact]
    public async Task Refresh_from_the_cookie_alone_rotates_it()
    {
        var first = await LoginWithCookieAsync();

        var response = await PostWithCookieAsync("/api/auth/refresh?useCookies=true", first, "{}");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Headers.CacheControl!.NoStore.Should().BeTrue();
        (await response.ReadJsonAsync())["refreshToken"].Should().BeNull();
        var second = CookieValue(SetCookie(response));
        second.Should().NotBe(first);
        Attributes(SetCookie(response)).Should().Contain(["httponly", "secure", "samesite=strict", "path=/api/auth"]);

        (await PostWithCookieAsync("/api/auth/refresh?useCookies=true", first, "{}")).StatusCode
            .Should().Be(HttpStatusCode.Unauthorized, "the old cookie was consumed by the rotation");
    }

    [Fact]
    public async Task Logout_revokes_the_cookies_token_and_clears_the_cookie()
    {
        var token = await LoginWithCookieAsync();

        var response = await PostWithCookieAsync("/api/auth/logout?useCookies=true", token, "{}");

        response.StatusCode.Should().Be(HttpStatusCode.NoContent);
        var cleared = SetCookie(response);
        CookieValue(cleared).Should().BeEmpty();
        Attributes(cleared).Should().Contain("path=/api/auth");
        CookieValue(response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(HintName + "=", StringComparison.Ordinal)), HintName)
            .Should().BeEmpty();
        var expires = Attributes(cleared).Single(a => a.StartsWith("expires=", StringComparison.Ordinal));
        DateTimeOffset.Parse(expires["expires=".Length..], System.Globalization.CultureInfo.InvariantCulture)
            .Should().BeBefore(DateTimeOffset.UtcNow, "an expiry in the past makes the browser drop the cookie");
        (await PostWithCookieAsync("/api/auth/refresh?useCookies=true", token, "{}")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("/api/auth/logout?useCookies=true")]
    [InlineData("/api/auth/refresh?useCookies=true")]
    public async Task A_post_with_the_cookie_but_no_json_content_type_gets_415_and_changes_nothing(string path)
    {
        // What a page on another port of the same host can send without a preflight: no body, or a form.
        var token = await LoginWithCookieAsync();
        var bare = await PostWithCookieAsync(path, token, body: null);
        var form = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent([]) };
        form.Headers.Add("Cookie", $"{CookieName}={token}");
        var formPosted = await client.SendAsync(form);

        foreach (var response in new[] { bare, formPosted })
        {
            response.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
            await response.ReadProblemAsync();
            response.Headers.Contains("Set-Cookie").Should().BeFalse("the cookie is neither rotated nor cleared");
        }

        (await PostWithCookieAsync("/api/auth/refresh?useCookies=true", token, "{}")).StatusCode
            .Should().Be(HttpStatusCode.OK, "the session is untouched: its token was never consumed");
    }

    [Fact]
    public async Task Logout_without_a_cookie_is_still_204_and_clears_it()
    {
        var response = await client.PostAsync("/api/auth/logout?useCookies=true", content: null);

        response.StatusCode.Should().Be(HttpStatusCode.NoContent);
        CookieValue(SetCookie(response)).Should().BeEmpty();
    }

    [Fact]
    public async Task Refresh_in_cookie_mode_without_a_cookie_is_a_401_problem()
    {
        var response = await client.PostAsJsonAsync("/api/auth/refresh?useCookies=true", new { });

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        await response.ReadProblemAsync();
        response.Headers.Contains("Set-Cookie").Should().BeFalse();
    }

    [Fact]
    public async Task A_token_in_the_body_wins_over_the_cookie()
    {
        var account = await client.RegisterAsync();
        var pair = await (await client.PostLoginAsync(account.Email, account.Password)).ReadTokensAsync();

        var response = await PostWithCookieAsync("/api/auth/refresh?useCookies=true", "not-a-live-token",
            System.Text.Json.JsonSerializer.Serialize(new { refreshToken = pair.RefreshToken }));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        CookieValue(SetCookie(response)).Should().NotBeEmpty();
    }

    [Fact]
    public async Task Without_cookie_mode_the_token_is_in_the_body_no_cookie_is_set_and_caches_are_told_no()
    {
        var account = await client.RegisterAsync();

        var login = await client.PostLoginAsync(account.Email, account.Password);
        var pair = await login.ReadTokensAsync();
        var refresh = await client.PostRefreshAsync(pair.RefreshToken);

        foreach (var response in new[] { login, refresh })
        {
            response.Headers.Contains("Set-Cookie").Should().BeFalse();
            response.Headers.CacheControl!.NoStore.Should().BeTrue();
        }

        (await refresh.ReadTokensAsync()).RefreshToken.Should().NotBeNullOrEmpty();
    }

    private async Task<string> LoginWithCookieAsync()
    {
        var account = await client.RegisterAsync();
        var response = await client.PostAsJsonAsync("/api/auth/login?useCookies=true", new { email = account.Email, password = account.Password });
        response.EnsureSuccessStatusCode();
        return CookieValue(SetCookie(response));
    }

    private Task<HttpResponseMessage> PostWithCookieAsync(string path, string token, string? body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = body is null ? null : new StringContent(body, System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Cookie", $"{CookieName}={token}");
        return client.SendAsync(request);
    }

    private static string SetCookie(HttpResponseMessage response) =>
        response.Headers.GetValues("Set-Cookie").Should().ContainSingle(c => c.StartsWith(CookieName + "=", StringComparison.Ordinal)).Subject;

    private static string CookieValue(string setCookie, string name = CookieName) => setCookie.Split(';')[0][(name.Length + 1)..];

    private static string[] Attributes(string setCookie) =>
        setCookie.Split(';').Skip(1).Select(a => a.Trim().ToLowerInvariant()).ToArray();
}
