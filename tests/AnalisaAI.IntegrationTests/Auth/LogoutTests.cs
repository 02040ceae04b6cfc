using System.Net;
using System.Security.Cryptography;
using AnalisaAI.IntegrationTests.Infrastructure;

namespace AnalisaAI.IntegrationTests.Auth;

public sealed class LogoutTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task Logout_is_204_and_the_family_stops_working()
    {
        var account = await client.RegisterAsync();
        var first = await (await client.PostLoginAsync(account.Email, account.Password)).ReadTokensAsync();
        var current = await (await client.PostRefreshAsync(first.RefreshToken)).ReadTokensAsync();
        var otherSession = await (await client.PostLoginAsync(account.Email, account.Password)).ReadTokensAsync();

        var response = await client.PostLogoutAsync(current.RefreshToken);

        response.StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await client.PostRefreshAsync(current.RefreshToken)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await client.PostRefreshAsync(otherSession.RefreshToken)).StatusCode
            .Should().Be(HttpStatusCode.OK, "logout ends one session, not every session of the account");
    }

    [Fact]
    public async Task Logout_with_an_older_token_of_the_family_revokes_the_current_one()
    {
        var account = await client.RegisterAsync();
        var first = await (await client.PostLoginAsync(account.Email, account.Password)).ReadTokensAsync();
        var current = await (await client.PostRefreshAsync(first.RefreshToken)).ReadTokensAsync();

        (await client.PostLogoutAsync(first.RefreshToken)).StatusCode.Should().Be(HttpStatusCode.NoContent);

        (await client.PostRefreshAsync(current.RefreshToken)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Logout_is_idempotent_and_unknown_tokens_are_fine()
    {
        var account = await client.RegisterAsync();
        var tokens = await (await client.PostLoginAsync(account.Email, account.Password)).ReadTokensAsync();

        (await client.PostLogoutAsync(tokens.RefreshToken)).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await client.PostLogoutAsync(tokens.RefreshToken)).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await client.PostLogoutAsync(AuthApi.Base64Url(RandomNumberGenerator.GetBytes(32)))).StatusCode.Should().Be(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task Empty_token_is_a_400_problem()
    {
        var response = await client.PostLogoutAsync("");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.ReadProblemAsync())["errors"]!["refreshToken"]!.AsArray().Should().NotBeEmpty();
    }
}
