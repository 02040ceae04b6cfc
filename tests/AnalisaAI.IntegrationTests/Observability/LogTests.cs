using AnalisaAI.IntegrationTests.Auth;
using AnalisaAI.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AnalisaAI.IntegrationTests.Observability;

/// <summary>
/// Runs alone: the app's Serilog set-up routes every host's log events through the static Log.Logger, so
/// while several hosts live in one process a host's lines can land in another host's sink.
/// </summary>
[Collection(Name)]
public sealed class LogTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    public const string Name = "Log capture (not parallel)";

    [Fact]
    public async Task No_log_line_holds_a_password_token_or_hash()
    {
        var client = factory.CreateClient();
        var password = "log-secret-" + Guid.NewGuid().ToString("N");
        var shortPassword = "s" + Guid.NewGuid().ToString("N")[..10];
        var account = await client.RegisterAsync(password: password);
        await client.PostLoginAsync(account.Email, "wrong-" + password);
        var first = await (await client.PostLoginAsync(account.Email, password)).ReadTokensAsync();
        await client.GetWithBearerAsync("/api/auth/me", first.AccessToken);
        var second = await (await client.PostRefreshAsync(first.RefreshToken)).ReadTokensAsync();
        factory.Time.Advance(TimeSpan.FromSeconds(11)); // past the double-submit window (issue 10)
        await client.PostRefreshAsync(first.RefreshToken); // reuse: revokes the family and logs a warning
        await client.PostLogoutAsync(second.RefreshToken);
        await client.PostAsync("/api/auth/register", System.Net.Http.Json.JsonContent.Create(
            new { email = "bad", password = shortPassword, displayName = "x" }));
        var hash = await factory.WithDbAsync(db => db.Users.Where(u => u.Id == account.Id).Select(u => u.PasswordHash).SingleAsync());

        var lines = factory.Logs.Lines;
        var text = string.Join('\n', lines.Select(line =>
            $"{line.Message} {string.Join(' ', line.Properties.Select(p => $"{p.Key}={p.Value}"))} {line.Exception}"));

        lines.Should().Contain(line => line.Message.Contains("refresh token reuse", StringComparison.OrdinalIgnoreCase),
            "the capture sees the auth code's own log lines");
        var secrets = new[]
        {
            password, shortPassword, hash, first.AccessToken, first.RefreshToken, second.AccessToken, second.RefreshToken,
            first.AccessToken.Split('.')[2], second.AccessToken.Split('.')[2],
        };
        foreach (var secret in secrets)
        {
            text.Should().NotContain(secret);
        }
    }
}

[CollectionDefinition(LogTests.Name, DisableParallelization = true)]
public sealed class LogCaptureCollection;
