using System.Net;
using AnalisaAI.IntegrationTests.Infrastructure;

namespace AnalisaAI.IntegrationTests.Auth;

/// <summary>
/// Login and register share one per-client budget. The window is an hour so the test never races the
/// limiter's own (real) clock; the host is this class's alone, so no other test spends the budget.
/// </summary>
public sealed class LoginRateLimitTests(LoginRateLimitTests.Factory factory) : IClassFixture<LoginRateLimitTests.Factory>
{
    public sealed class Factory : ApiFactory
    {
        protected override Dictionary<string, string?> Settings()
        {
            var settings = base.Settings();
            settings["RateLimiting:Login:PermitLimit"] = "3";
            settings["RateLimiting:Login:Window"] = "01:00:00";
            return settings;
        }
    }

    [Fact]
    public async Task The_fourth_login_or_register_in_the_window_is_a_429_problem_with_retry_after()
    {
        var client = factory.CreateClient();

        var account = await client.RegisterAsync();
        (await client.PostLoginAsync(account.Email, account.Password)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await client.PostLoginAsync(account.Email, "a wrong password")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);

        var fourth = await client.PostLoginAsync(account.Email, account.Password);
        var fifth = await client.PostAsync("/api/auth/register", System.Net.Http.Json.JsonContent.Create(
            new { email = AuthApi.NewEmail(), password = AuthApi.Password, displayName = "Late" }));

        fourth.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        await fourth.ReadProblemAsync();
        fourth.Headers.RetryAfter.Should().NotBeNull();
        fourth.Headers.RetryAfter!.Delta.Should().BeGreaterThan(TimeSpan.Zero);
        fifth.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);

        // Refresh keeps its own budget.
        (await client.PostRefreshAsync("not-a-token")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }
}
