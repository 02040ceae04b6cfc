using System.Net;
using System.Net.Http.Json;
using AnalisaAI.IntegrationTests.Auth;
using AnalisaAI.IntegrationTests.Infrastructure;

namespace AnalisaAI.IntegrationTests.Security;

/// <summary>
/// Issue 22, L3: the double-submit grace is for the client that rotated the token. A thief replaying it within
/// the grace (another user agent or address), or a replay after the successor was itself rotated, revokes the family.
/// </summary>
public sealed class RefreshGraceReplayTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Browser = "Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0";

    private readonly HttpClient client = factory.CreateClient();

    private async Task<TokenPair> LoginAsync()
    {
        var account = await client.RegisterAsync();
        return await (await client.PostLoginAsync(account.Email, account.Password)).ReadTokensAsync();
    }

    private Task<HttpResponseMessage> RefreshAsAsync(string userAgent, string refreshToken)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/refresh") { Content = JsonContent.Create(new { refreshToken }) };
        request.Headers.TryAddWithoutValidation("User-Agent", userAgent);
        return client.SendAsync(request);
    }

    [Fact]
    public async Task The_same_client_resubmitting_within_the_grace_keeps_its_session()
    {
        var first = await LoginAsync();
        var second = await (await RefreshAsAsync(Browser, first.RefreshToken)).ReadTokensAsync();

        factory.Time.Advance(TimeSpan.FromSeconds(3));
        (await RefreshAsAsync(Browser, first.RefreshToken)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);

        (await RefreshAsAsync(Browser, second.RefreshToken)).StatusCode.Should().Be(HttpStatusCode.OK, "a double submit is not a theft");
    }

    [Fact]
    public async Task Another_client_replaying_within_the_grace_revokes_the_family()
    {
        var first = await LoginAsync();
        var second = await (await RefreshAsAsync(Browser, first.RefreshToken)).ReadTokensAsync();

        factory.Time.Advance(TimeSpan.FromSeconds(3));
        (await RefreshAsAsync("python-requests/2.32", first.RefreshToken)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);

        (await RefreshAsAsync(Browser, second.RefreshToken)).StatusCode.Should().Be(HttpStatusCode.Unauthorized, "the family is revoked");
        factory.Time.Advance(TimeSpan.FromSeconds(5));
        (await client.GetWithBearerAsync("/api/auth/me", second.AccessToken)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_replay_within_the_grace_after_the_successor_was_rotated_revokes_the_family()
    {
        var first = await LoginAsync();
        var second = await (await RefreshAsAsync(Browser, first.RefreshToken)).ReadTokensAsync();
        factory.Time.Advance(TimeSpan.FromSeconds(2));
        var third = await (await RefreshAsAsync(Browser, second.RefreshToken)).ReadTokensAsync();

        factory.Time.Advance(TimeSpan.FromSeconds(2));
        (await RefreshAsAsync(Browser, first.RefreshToken)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);

        (await RefreshAsAsync(Browser, third.RefreshToken)).StatusCode.Should().Be(HttpStatusCode.Unauthorized, "the family is revoked");
    }
}
