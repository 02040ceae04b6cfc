using System.Net;
using System.Security.Claims;
using AnalisaAI.IntegrationTests.Auth;
using AnalisaAI.IntegrationTests.Infrastructure;
using AnalisaAI.IntegrationTests.Observability;
using Microsoft.Extensions.Logging;

namespace AnalisaAI.IntegrationTests.Security;

/// <summary>Issue 10, item 2: request events reach the configured sinks; failed logins, refused tokens and 403s are logged.</summary>
[Collection(LogTests.Name)]
public sealed class RequestLoggingTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    private IEnumerable<LogLine> RequestEvents(string path) =>
        factory.Logs.Lines.Where(l => l.Category.EndsWith("RequestLoggingMiddleware", StringComparison.Ordinal)
            && Equals(l.Properties.GetValueOrDefault("RequestPath"), path));

    [Fact]
    public async Task Every_request_gives_one_event_with_method_path_status_elapsed_trace_and_client()
    {
        var secret = "query-secret-" + Guid.NewGuid().ToString("N");

        var response = await client.GetAsync($"/api/influencers?search={secret}");

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        var line = RequestEvents("/api/influencers").Should().ContainSingle().Subject;
        line.Properties["RequestMethod"].Should().Be("GET");
        line.Properties["StatusCode"].Should().Be(401);
        line.Properties["Elapsed"].Should().BeOfType<double>().Which.Should().BeGreaterThanOrEqualTo(0);
        line.Properties["TraceId"].Should().BeOfType<string>().Which.Should().NotBeEmpty();
        line.Properties.Should().ContainKey("ClientAddress");
        line.Level.Should().Be(LogLevel.Information);
        Text(factory.Logs.Lines).Should().NotContain(secret, "query strings may carry secrets and are never logged");
    }

    [Fact]
    public async Task Failed_logins_name_the_account_or_a_keyed_hash_of_the_email_with_the_client()
    {
        var account = await client.RegisterAsync();
        var unknown = "nobody-" + Guid.NewGuid().ToString("N") + "@analisaai.test";

        await client.PostLoginAsync(account.Email, "definitely the wrong one");
        await client.PostLoginAsync(unknown, "definitely the wrong one");
        await client.PostLoginAsync(unknown, "definitely the wrong one");

        var wrong = factory.Logs.Lines.Should().ContainSingle(l => l.Message.StartsWith("Login failed: wrong password", StringComparison.Ordinal)
            && Equals(l.Properties["UserId"], account.Id)).Subject;
        wrong.Properties.Should().ContainKey("ClientAddress");
        var hashes = factory.Logs.Lines.Where(l => l.Message.StartsWith("Login failed: unknown email", StringComparison.Ordinal))
            .Select(l => (string)l.Properties["EmailHash"]!).ToList();
        hashes.Should().HaveCountGreaterThanOrEqualTo(2);
        hashes[^1].Should().Be(hashes[^2], "one email always hashes alike, so repeated attempts can be linked");
        Text(factory.Logs.Lines).Should().NotContain(unknown).And.NotContain(unknown.ToUpperInvariant()).And.NotContain("definitely the wrong one");
    }

    [Fact]
    public async Task Refused_tokens_and_403s_are_logged_by_the_app()
    {
        var analyst = await factory.CreateAnalystClientAsync();
        var expired = Forge.Token(factory, "evil-issuer", new Claim("sub", Guid.NewGuid().ToString()));

        (await client.GetWithBearerAsync("/api/auth/me", expired)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await analyst.DeleteAsync($"/api/influencers/{Guid.NewGuid()}")).StatusCode.Should().Be(HttpStatusCode.Forbidden);

        factory.Logs.Lines.Should().Contain(l => l.Message.StartsWith("Bearer token refused", StringComparison.Ordinal)
            && Equals(l.Properties["Path"], "/api/auth/me") && l.Level == LogLevel.Warning);
        factory.Logs.Lines.Should().Contain(l => l.Message.StartsWith("Forbidden: user", StringComparison.Ordinal)
            && Equals(l.Properties["Method"], "DELETE") && l.Level == LogLevel.Warning);
        Text(factory.Logs.Lines).Should().NotContain(expired.Split('.')[2]);
    }

    private static string Text(IEnumerable<LogLine> lines) =>
        string.Join('\n', lines.Select(l => $"{l.Message} {string.Join(' ', l.Properties.Select(p => $"{p.Key}={p.Value}"))}"));
}
