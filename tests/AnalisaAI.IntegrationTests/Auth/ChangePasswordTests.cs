using System.Net;
using AnalisaAI.IntegrationTests.Infrastructure;

namespace AnalisaAI.IntegrationTests.Auth;

public sealed class ChangePasswordTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string NewPassword = "purple elephant saxophone";

    private readonly HttpClient client = factory.CreateClient();

    private Task<HttpResponseMessage> ChangeAsync(string token, string currentPassword, string newPassword) =>
        client.SendWithBearerAsync(HttpMethod.Post, "/api/auth/change-password", token, new { currentPassword, newPassword });

    [Fact]
    public async Task Change_password_ends_the_other_sessions_and_keeps_this_one()
    {
        var account = await client.RegisterAsync();
        var mine = await client.LoginAsync(account.Email, account.Password);
        var other = await client.LoginAsync(account.Email, account.Password);

        (await ChangeAsync(mine.AccessToken, account.Password, NewPassword)).StatusCode.Should().Be(HttpStatusCode.NoContent);

        (await client.PostRefreshAsync(other.RefreshToken)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        factory.Time.Advance(TimeSpan.FromSeconds(5));
        (await client.GetWithBearerAsync("/api/auth/me", other.AccessToken)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await client.GetWithBearerAsync("/api/auth/me", mine.AccessToken)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await client.PostRefreshAsync(mine.RefreshToken)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await client.PostLoginAsync(account.Email, account.Password)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await client.PostLoginAsync(account.Email, NewPassword)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_wrong_current_password_is_a_400_and_counts_toward_the_lockout()
    {
        var account = await client.RegisterAsync();
        var tokens = await client.LoginAsync(account.Email, account.Password);

        var wrong = await ChangeAsync(tokens.AccessToken, "not the password at all", NewPassword);

        wrong.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await wrong.ReadProblemAsync())["errors"]!["currentPassword"]!.AsArray().Should().NotBeEmpty();
        for (var attempt = 1; attempt < 5; attempt++)
        {
            (await ChangeAsync(tokens.AccessToken, "not the password at all", NewPassword)).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        }

        (await client.PostLoginAsync(account.Email, account.Password)).StatusCode
            .Should().Be(HttpStatusCode.Unauthorized, "five wrong passwords lock the account, whichever endpoint they came through");
        (await ChangeAsync(tokens.AccessToken, account.Password, NewPassword)).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await client.PostRefreshAsync(tokens.RefreshToken)).StatusCode.Should().Be(HttpStatusCode.OK, "no session ended");
    }

    [Theory]
    [InlineData("short")]
    [InlineData("password1234")]
    [InlineData("")]
    public async Task The_new_password_follows_the_registration_rules(string newPassword)
    {
        var account = await client.RegisterAsync();
        var tokens = await client.LoginAsync(account.Email, account.Password);

        var response = await ChangeAsync(tokens.AccessToken, account.Password, newPassword);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.ReadProblemAsync())["errors"]!["newPassword"]!.AsArray().Should().NotBeEmpty();
        (await client.PostLoginAsync(account.Email, account.Password)).StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
