using System.Net;
using AnalisaAI.IntegrationTests.Infrastructure;

namespace AnalisaAI.IntegrationTests.Auth;

/// <summary>Refresh (and logout) have their own per-client budget; an hour-long window keeps the test off the real clock.</summary>
public sealed class RefreshRateLimitTests(RefreshRateLimitTests.Factory factory) : IClassFixture<RefreshRateLimitTests.Factory>
{
    public sealed class Factory : ApiFactory
    {
        protected override Dictionary<string, string?> Settings()
        {
            var settings = base.Settings();
            settings["RateLimiting:Refresh:PermitLimit"] = "3";
            settings["RateLimiting:Refresh:Window"] = "01:00:00";
            return settings;
        }
    }

    [Fact]
    public async Task The_fourth_refresh_in_the_window_is_a_429_problem_with_retry_after()
    {
        var client = factory.CreateClient();
        var account = await client.RegisterAsync();
        var tokens = await (await client.PostLoginAsync(account.Email, account.Password)).ReadTokensAsync();

        for (var i = 0; i < 3; i++)
        {
            var response = await client.PostRefreshAsync(tokens.RefreshToken);
            response.StatusCode.Should().Be(HttpStatusCode.OK);
            tokens = await response.ReadTokensAsync();
        }

        var fourth = await client.PostRefreshAsync(tokens.RefreshToken);

        fourth.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        await fourth.ReadProblemAsync();
        fourth.Headers.RetryAfter!.Delta.Should().BeGreaterThan(TimeSpan.Zero);

        // Login keeps its own budget, and the refused refresh did not consume the token.
        var again = await (await client.PostLoginAsync(account.Email, account.Password)).ReadTokensAsync();
        again.RefreshToken.Should().NotBeNullOrEmpty();
        (await factory.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(
            db.RefreshTokens, t => t.ConsumedAt == null && t.RevokedAt == null && t.UserId == account.Id))).Should().Be(2);
    }
}
