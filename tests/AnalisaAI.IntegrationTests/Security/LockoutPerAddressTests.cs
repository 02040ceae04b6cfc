using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using AnalisaAI.Api.Features.Auth;
using AnalisaAI.IntegrationTests.Auth;
using AnalisaAI.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AnalisaAI.IntegrationTests.Security;

/// <summary>
/// Issue 22, L6: with one lock per account, 5 anonymous guesses every 5 minutes kept the admin out for good.
/// Now failures lock the account for the address they came from (an IPv6 address by its /64), and only
/// <c>MaxFailedAttemptsPerAccount</c> (100) failures from all addresses together lock it for everyone. Every
/// request comes through a trusted proxy, whose X-Forwarded-For names the client, as in production.
/// </summary>
public sealed class LockoutPerAddressTests(LockoutPerAddressTests.Factory factory) : IClassFixture<LockoutPerAddressTests.Factory>
{
    private const string Proxy = "10.0.0.5";
    private const string Attacker = "203.0.113.7";
    private const string Owner = "198.51.100.9";
    private static readonly TimeSpan Duration = TimeSpan.FromMinutes(5);

    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task An_attacker_failing_five_times_every_five_minutes_never_keeps_the_admin_from_signing_in_elsewhere()
    {
        for (var round = 0; round < 6; round++)
        {
            for (var i = 0; i < 5; i++)
            {
                (await LoginFromAsync(Attacker, ApiFactory.AdminEmail, $"guess {round}-{i}")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
            }

            (await LoginFromAsync(Attacker, ApiFactory.AdminEmail, factory.AdminPassword)).StatusCode
                .Should().Be(HttpStatusCode.Unauthorized, "the attacker's address is locked out of the account, even with the right password");
            (await LoginFromAsync(Owner, ApiFactory.AdminEmail, factory.AdminPassword)).StatusCode
                .Should().Be(HttpStatusCode.OK, $"the admin signs in from an address that has not failed (round {round + 1})");
            factory.Time.Advance(Duration);
        }
    }

    [Fact]
    public async Task Ipv6_addresses_in_one_64_share_a_lock_and_another_64_does_not()
    {
        var account = await client.RegisterAsync();
        for (var i = 1; i <= 5; i++)
        {
            (await LoginFromAsync($"2001:db8:1:2::{i:x}", account.Email, "not the password")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        }

        (await LoginFromAsync("2001:db8:1:2:ffff:ffff:ffff:ffff", account.Email, account.Password)).StatusCode
            .Should().Be(HttpStatusCode.Unauthorized, "another address of the same /64 is the same client");
        (await LoginFromAsync("2001:db8:1:3::1", account.Email, account.Password)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_hundred_failures_from_many_addresses_lock_every_address_and_sessions_keep_working()
    {
        var account = await client.RegisterAsync();
        var session = await (await LoginFromAsync(Owner, account.Email, account.Password)).ReadTokensAsync();

        // 25 addresses, 4 failures each: none reaches its own limit, together they reach the account's.
        await Task.WhenAll(Enumerable.Range(1, 25).Select(async a =>
        {
            for (var i = 0; i < 4; i++)
            {
                (await LoginFromAsync($"192.0.2.{a}", account.Email, $"guess {a}-{i}")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
            }
        }));

        (await LoginFromAsync("198.51.100.200", account.Email, account.Password)).StatusCode
            .Should().Be(HttpStatusCode.Unauthorized, "100 failures lock the account for every address");
        (await LoginFromAsync(Owner, account.Email, account.Password)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await client.GetWithBearerAsync("/api/auth/me", session.AccessToken)).StatusCode.Should().Be(HttpStatusCode.OK, "a lock ends no session");
        var refreshed = await (await SendFromAsync(Owner, HttpMethod.Post, "/api/auth/refresh", new { refreshToken = session.RefreshToken })).ReadTokensAsync();
        (await client.GetWithBearerAsync("/api/auth/me", refreshed.AccessToken)).StatusCode.Should().Be(HttpStatusCode.OK);

        factory.Time.Advance(Duration);
        (await LoginFromAsync(Owner, account.Email, account.Password)).StatusCode.Should().Be(HttpStatusCode.OK, "the lock ends");
    }

    [Fact]
    public async Task A_burst_spread_over_many_addresses_verifies_at_most_the_accounts_ceiling()
    {
        var account = await client.RegisterAsync();

        var guesses = await Task.WhenAll(Enumerable.Range(0, 150).Select(i =>
            LoginFromAsync($"192.0.2.{i / 3 + 100}", account.Email, $"wrong guess number {i}")));

        guesses.Should().OnlyContain(r => r.StatusCode == HttpStatusCode.Unauthorized);
        factory.Hasher.VerificationsOf(account.Id).Should().Be(100, "MaxFailedAttemptsPerAccount passwords are verified, no more");
        (await LoginFromAsync(Owner, account.Email, account.Password)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_session_from_a_locked_address_keeps_working()
    {
        // An office behind one NAT address: a colleague's typos, or an attacker there, lock the address, not the session.
        var account = await client.RegisterAsync();
        var session = await (await LoginFromAsync(Attacker, account.Email, account.Password)).ReadTokensAsync();
        for (var i = 0; i < 5; i++)
        {
            await LoginFromAsync(Attacker, account.Email, "not the password");
        }

        (await LoginFromAsync(Attacker, account.Email, account.Password)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await SendFromAsync(Attacker, HttpMethod.Post, "/api/auth/refresh", new { refreshToken = session.RefreshToken })).StatusCode.Should().Be(HttpStatusCode.OK);
        (await client.GetWithBearerAsync("/api/auth/me", session.AccessToken)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Wrong_current_passwords_lock_change_password_and_sign_in_for_that_address_only()
    {
        var account = await client.RegisterAsync();
        var session = await (await LoginFromAsync(Attacker, account.Email, account.Password)).ReadTokensAsync();
        for (var i = 0; i < 5; i++)
        {
            (await ChangePasswordFromAsync(Attacker, session.AccessToken, "not the password")).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        }

        (await ChangePasswordFromAsync(Attacker, session.AccessToken, account.Password)).StatusCode
            .Should().Be(HttpStatusCode.BadRequest, "five wrong current passwords lock the address out of the account");
        (await LoginFromAsync(Attacker, account.Email, account.Password)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await LoginFromAsync(Owner, account.Email, account.Password)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await ChangePasswordFromAsync(Owner, session.AccessToken, account.Password)).StatusCode.Should().Be(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task A_success_deletes_its_addresses_row_and_a_new_address_clears_the_dead_ones()
    {
        var account = await client.RegisterAsync();
        for (var i = 0; i < 3; i++)
        {
            await LoginFromAsync("192.0.2.201", account.Email, "not the password");
        }

        for (var i = 0; i < 2; i++)
        {
            await LoginFromAsync("192.0.2.202", account.Email, "not the password");
        }

        for (var i = 0; i < 5; i++)
        {
            await LoginFromAsync("192.0.2.203", account.Email, "not the password");
        }

        (await AddressesOfAsync(account.Id)).Should().BeEquivalentTo(new[] { "192.0.2.201", "192.0.2.202", "192.0.2.203" });
        (await LoginFromAsync("192.0.2.201", account.Email, account.Password)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await AddressesOfAsync(account.Id)).Should().BeEquivalentTo(new[] { "192.0.2.202", "192.0.2.203" }, "a success forgets its own address's failures, not others'");

        factory.Time.Advance(Duration - TimeSpan.FromSeconds(1));
        await LoginFromAsync("192.0.2.204", account.Email, "not the password");
        (await AddressesOfAsync(account.Id)).Should().BeEquivalentTo(new[] { "192.0.2.202", "192.0.2.203", "192.0.2.204" }, "within the window every row still counts");

        factory.Time.Advance(TimeSpan.FromSeconds(1));
        await LoginFromAsync("192.0.2.205", account.Email, "not the password");
        (await AddressesOfAsync(account.Id)).Should().BeEquivalentTo(new[] { "192.0.2.204", "192.0.2.205" }, "a lock and a window that ended leave nothing to keep");
    }

    private Task<List<string>> AddressesOfAsync(Guid userId) =>
        factory.WithDbAsync(db => db.LoginThrottles.Where(t => t.UserId == userId).Select(t => t.AddressKey).ToListAsync());

    private Task<HttpResponseMessage> LoginFromAsync(string address, string email, string password) =>
        SendFromAsync(address, HttpMethod.Post, "/api/auth/login", new { email, password });

    private Task<HttpResponseMessage> ChangePasswordFromAsync(string address, string accessToken, string currentPassword) =>
        SendFromAsync(address, HttpMethod.Post, "/api/auth/change-password", new { currentPassword, newPassword = "purple elephant saxophone" }, accessToken);

    private async Task<HttpResponseMessage> SendFromAsync(string address, HttpMethod method, string path, object body, string? accessToken = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) };
        request.Headers.Add("X-Forwarded-For", address);
        if (accessToken is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        }

        return await client.SendAsync(request);
    }

    /// <summary>Every request reaches the app from the trusted proxy, room to hash a burst, a hasher that counts.</summary>
    public sealed class Factory : ApiFactory
    {
        public LockoutBurstTests.CountingHasher Hasher { get; } = new();

        protected override Dictionary<string, string?> Settings()
        {
            var settings = base.Settings();
            settings["ForwardedHeaders:KnownProxies:0"] = Proxy;
            settings["Auth:PasswordHashing:MaxConcurrent"] = "16";
            settings["Auth:PasswordHashing:QueueLimit"] = "256";
            return settings;
        }

        protected override void ConfigureServices(IServiceCollection services)
        {
            base.ConfigureServices(services);
            services.AddSingleton<IPasswordHasher<User>>(Hasher);
            services.AddSingleton<IStartupFilter, FromProxy>();
        }
    }

    /// <summary>The test server has no remote address: each connection is the proxy's.</summary>
    private sealed class FromProxy : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse(Proxy);
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
