using System.Net;
using AnalisaAI.IntegrationTests.Auth;
using AnalisaAI.IntegrationTests.Infrastructure;

namespace AnalisaAI.IntegrationTests.Security;

/// <summary>Issue 10, item 7: a double-submitted refresh (two tabs, a retry) no longer logs the user out.</summary>
public sealed class RefreshDoubleSubmitTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    private async Task<TokenPair> LoginAsync()
    {
        var account = await client.RegisterAsync();
        return await (await client.PostLoginAsync(account.Email, account.Password)).ReadTokensAsync();
    }

    [Fact]
    public async Task Presented_again_within_ten_seconds_it_is_401_and_the_family_lives_on()
    {
        var first = await LoginAsync();
        var second = await (await client.PostRefreshAsync(first.RefreshToken)).ReadTokensAsync();

        factory.Time.Advance(TimeSpan.FromSeconds(10));
        (await client.PostRefreshAsync(first.RefreshToken)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);

        (await client.PostRefreshAsync(second.RefreshToken)).StatusCode.Should().Be(HttpStatusCode.OK, "the winner's new token still works");
    }

    [Fact]
    public async Task Two_concurrent_refreshes_give_one_200_whose_new_tokens_keep_working()
    {
        var tokens = await LoginAsync();

        var answers = await Task.WhenAll(client.PostRefreshAsync(tokens.RefreshToken), client.PostRefreshAsync(tokens.RefreshToken));

        answers.Select(a => a.StatusCode).Should().BeEquivalentTo([HttpStatusCode.OK, HttpStatusCode.Unauthorized]);
        var winner = await answers.Single(a => a.StatusCode == HttpStatusCode.OK).ReadTokensAsync();
        factory.Time.Advance(TimeSpan.FromSeconds(5));
        (await client.GetWithBearerAsync("/api/auth/me", winner.AccessToken)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await client.PostRefreshAsync(winner.RefreshToken)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Presented_again_after_ten_seconds_it_revokes_the_family()
    {
        var first = await LoginAsync();
        var second = await (await client.PostRefreshAsync(first.RefreshToken)).ReadTokensAsync();

        factory.Time.Advance(TimeSpan.FromSeconds(11));
        (await client.PostRefreshAsync(first.RefreshToken)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);

        (await client.PostRefreshAsync(second.RefreshToken)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }
}
