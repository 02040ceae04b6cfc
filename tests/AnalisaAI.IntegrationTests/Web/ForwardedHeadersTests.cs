using System.Net;
using AnalisaAI.IntegrationTests.Infrastructure;
using AnalisaAI.IntegrationTests.ScaleOut;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace AnalisaAI.IntegrationTests.Web;

/// <summary>
/// Behind a reverse proxy every connection comes from the proxy. A trusted proxy's X-Forwarded-For names
/// the client, so each client keeps its own login budget; an untrusted X-Forwarded-For is ignored, so a
/// client cannot escape its limit by rotating it. The test server has no remote address of its own: a
/// startup filter gives each request the one its test names in <see cref="ConnectionFrom"/>.
/// </summary>
public sealed class ForwardedHeadersTests
{
    private const string ConnectionFrom = "X-Test-Connection-From";
    private const string Proxy = "10.0.0.5";

    [Fact]
    public async Task Behind_a_trusted_proxy_one_clients_login_flood_leaves_another_clients_logins_alone()
    {
        using var factory = new ProxiedApiFactory(new() { ["ForwardedHeaders:KnownProxies:0"] = Proxy });
        var client = factory.CreateClient();

        var flood = await LoginsAsync(client, 4, _ => "203.0.113.7");
        var other = await LoginsAsync(client, 3, _ => "198.51.100.9");

        flood.Should().Equal(HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests);
        other.Should().AllBeEquivalentTo(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_trusted_proxy_network_is_trusted_like_a_proxy()
    {
        using var factory = new ProxiedApiFactory(new() { ["ForwardedHeaders:KnownNetworks:0"] = "10.0.0.0/24" });
        var client = factory.CreateClient();

        var flood = await LoginsAsync(client, 4, _ => "203.0.113.7");
        var other = await LoginsAsync(client, 1, _ => "198.51.100.9");

        flood[^1].Should().Be(HttpStatusCode.TooManyRequests);
        other.Should().Equal(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Without_a_trusted_proxy_rotating_x_forwarded_for_does_not_escape_the_limit()
    {
        using var factory = new ProxiedApiFactory([]);
        var client = factory.CreateClient();

        var logins = await LoginsAsync(client, 5, i => $"203.0.113.{i + 1}");

        logins.Take(3).Should().AllBeEquivalentTo(HttpStatusCode.Unauthorized);
        logins.Skip(3).Should().AllBeEquivalentTo(HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task The_hosts_own_forwarded_headers_switch_trusts_no_one_when_no_proxy_is_configured()
    {
        // ASPNETCORE_FORWARDEDHEADERS_ENABLED=true, as container guides suggest, makes the host add the
        // middleware trusting every sender; only a real process reads it, so the app runs as one here.
        var database = Path.Combine(Path.GetTempPath(), "analisaai-tests", $"forwarded-{Guid.NewGuid():N}.db");
        await using (var app = ApiProcess.Start("forwarded", new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ASPNETCORE_FORWARDEDHEADERS_ENABLED"] = "true",
            ["ConnectionStrings__Default"] = $"Data Source={database}",
            ["Jwt__SigningKey"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(48)),
            ["RateLimiting__Login__PermitLimit"] = "3",
            ["RateLimiting__Login__Window"] = "01:00:00",
        }))
        {
            await app.WaitUntilReadyAsync(TimeSpan.FromSeconds(60));

            var logins = await LoginsAsync(app.Client, 4, i => $"203.0.113.{i + 1}");

            logins[^1].Should().Be(HttpStatusCode.TooManyRequests);
        }

        ApiFactory.DeleteDatabase(database);
    }

    [Fact]
    public async Task An_untrusted_connection_cannot_forward_even_when_a_proxy_is_configured()
    {
        using var factory = new ProxiedApiFactory(new() { ["ForwardedHeaders:KnownProxies:0"] = Proxy });
        var client = factory.CreateClient();

        var logins = await LoginsAsync(client, 4, i => $"203.0.113.{i + 1}", from: "192.0.2.44");

        logins[^1].Should().Be(HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task Ipv6_clients_share_a_limit_per_64_network()
    {
        using var factory = new ProxiedApiFactory(new() { ["ForwardedHeaders:KnownProxies:0"] = Proxy });
        var client = factory.CreateClient();

        var sameNetwork = await LoginsAsync(client, 4, i => $"2001:db8:1:2::{i + 1:x}");
        var nextNetwork = await LoginsAsync(client, 1, _ => "2001:db8:1:3::1");

        sameNetwork[^1].Should().Be(HttpStatusCode.TooManyRequests);
        nextNetwork.Should().Equal(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Hsts_follows_a_trusted_proxys_forwarded_proto_and_ignores_an_untrusted_one()
    {
        using var factory = new ProxiedApiFactory(new() { ["ForwardedHeaders:KnownProxies:0"] = Proxy });
        var client = factory.CreateClient();

        async Task<bool> HstsAsync(string from, string proto)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/health/live");
            request.Headers.Add(ConnectionFrom, from);
            request.Headers.Add("X-Forwarded-Proto", proto);
            return (await client.SendAsync(request)).Headers.Contains("Strict-Transport-Security");
        }

        (await HstsAsync(Proxy, "https")).Should().BeTrue("the trusted proxy took the request over HTTPS");
        (await HstsAsync(Proxy, "http")).Should().BeFalse("the trusted proxy took it over plain HTTP");
        (await HstsAsync("192.0.2.44", "https")).Should().BeFalse("an untrusted client cannot claim HTTPS");
    }

    private static async Task<HttpStatusCode[]> LoginsAsync(HttpClient client, int count, Func<int, string> forwardedFor, string from = Proxy)
    {
        var statuses = new HttpStatusCode[count];
        for (var i = 0; i < count; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/login")
            {
                Content = System.Net.Http.Json.JsonContent.Create(new { email = "nobody@analisaai.test", password = "not the password" }),
            };
            request.Headers.Add(ConnectionFrom, from);
            request.Headers.Add("X-Forwarded-For", forwardedFor(i));
            statuses[i] = (await client.SendAsync(request)).StatusCode;
        }

        return statuses;
    }

    private sealed class ProxiedApiFactory(Dictionary<string, string?> overrides) : ApiFactory
    {
        protected override Dictionary<string, string?> Settings()
        {
            var settings = base.Settings();
            settings["RateLimiting:Login:PermitLimit"] = "3";
            settings["RateLimiting:Login:Window"] = "01:00:00";
            foreach (var (key, value) in overrides)
            {
                settings[key] = value;
            }

            return settings;
        }

        protected override void ConfigureServices(IServiceCollection services) =>
            services.AddSingleton<IStartupFilter, ConnectionAddressFilter>();
    }

    private sealed class ConnectionAddressFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (context.Request.Headers.TryGetValue(ConnectionFrom, out var address))
                {
                    context.Connection.RemoteIpAddress = IPAddress.Parse(address.ToString());
                }

                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
