using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using AnalisaAI.IntegrationTests.Auth;
using AnalisaAI.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace AnalisaAI.IntegrationTests.Security;

/// <summary>Issue 10, items 9 and 12: security headers, a silent WWW-Authenticate, and tokens without a usable <c>sub</c>.</summary>
public sealed class HeadersAndTokenClaimsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task Token_responses_are_never_stored()
    {
        var account = await client.RegisterAsync();
        var login = await client.PostLoginAsync(account.Email, account.Password);
        var tokens = await login.ReadTokensAsync();
        var refresh = await client.PostRefreshAsync(tokens.RefreshToken);

        login.Headers.CacheControl!.NoStore.Should().BeTrue();
        refresh.StatusCode.Should().Be(HttpStatusCode.OK);
        refresh.Headers.CacheControl!.NoStore.Should().BeTrue();
    }

    [Theory]
    [InlineData("/api/auth/me")]
    [InlineData("/health/live")]
    [InlineData("/does-not-exist")]
    public async Task Every_response_carries_nosniff_a_referrer_policy_and_a_strict_csp(string path)
    {
        var response = await client.GetAsync(path);

        response.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
        response.Headers.GetValues("Referrer-Policy").Should().Equal("no-referrer");
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        csp.Should().Contain("default-src 'self'").And.Contain("script-src 'self'").And.Contain("frame-ancestors 'none'")
            .And.NotContain("unsafe-inline").And.NotContain("unsafe-eval");
    }

    [Fact]
    public async Task Swagger_ui_loads_under_its_own_policy_with_no_inline_script()
    {
        var page = await client.GetAsync("/swagger/index.html");

        page.StatusCode.Should().Be(HttpStatusCode.OK);
        var csp = page.Headers.GetValues("Content-Security-Policy").Single();
        csp.Should().Contain("script-src 'self';").And.Contain("style-src 'self' 'unsafe-inline'");
        var html = await page.Content.ReadAsStringAsync();
        System.Text.RegularExpressions.Regex.Matches(html, "<script(?![^>]*\\bsrc=)[^>]*>").Should().BeEmpty("script-src 'self' would block an inline script");
        foreach (var script in System.Text.RegularExpressions.Regex.Matches(html, "<script[^>]*src=\"([^\"]+)\"").Select(m => m.Groups[1].Value))
        {
            (await client.GetAsync("/swagger/" + script.TrimStart('.', '/'))).StatusCode.Should().Be(HttpStatusCode.OK, script);
        }
    }

    [Fact]
    public async Task Www_authenticate_does_not_say_why_a_token_failed()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/auth/me");
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + Forge.Token(factory) + "x");

        var badSignature = await client.SendAsync(request);
        var unknownIssuer = await client.GetWithBearerAsync("/api/auth/me", ForgeWithIssuer("evil"));

        foreach (var response in new[] { badSignature, unknownIssuer })
        {
            response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
            var challenge = string.Join(' ', response.Headers.WwwAuthenticate.Select(h => h.ToString()));
            challenge.Should().StartWith("Bearer").And.NotContain("error_description").And.NotContain("issuer");
        }
    }

    [Fact]
    public async Task Hsts_is_sent_over_https_and_not_over_plain_http()
    {
        var secure = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost") });

        var overHttps = await secure.GetAsync("/health/live");
        var overHttp = await client.GetAsync("/health/live");

        overHttps.Headers.GetValues("Strict-Transport-Security").Should().Equal("max-age=31536000; includeSubDomains");
        overHttp.Headers.Contains("Strict-Transport-Security").Should().BeFalse("HSTS over plain HTTP means nothing and is ignored");
    }

    [Theory]
    [InlineData("=")]
    [InlineData("==")]
    public async Task A_live_token_with_a_padded_signature_is_refused_and_the_same_token_unpadded_is_accepted(string padding)
    {
        var live = await client.LoginAsync(ApiFactory.AdminEmail, factory.AdminPassword);

        (await client.GetWithBearerAsync("/api/auth/me", live.AccessToken)).StatusCode.Should().Be(HttpStatusCode.OK, "the control");
        (await client.GetWithBearerAsync("/api/auth/me", live.AccessToken + padding)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    public static TheoryData<string?> BadSubjects => new() { null, "", "not-a-guid", "12345", "00000000-0000-0000-0000-000000000000" };

    [Theory]
    [MemberData(nameof(BadSubjects))]
    public async Task A_signed_token_without_a_guid_sub_is_401_on_every_protected_endpoint(string? subject)
    {
        var live = await client.LoginAsync(ApiFactory.AdminEmail, factory.AdminPassword);
        var sid = Forge.Payload(live.AccessToken)["sid"]!.GetValue<string>();
        var claims = new List<Claim> { new("sid", sid), new("role", "admin"), new("email", ApiFactory.AdminEmail) };
        if (subject is not null)
        {
            claims.Add(new Claim("sub", subject));
        }

        var token = Forge.Token(factory, [.. claims]);
        var endpoints = ProtectedEndpoints();

        endpoints.Should().Contain(("GET", "/api/auth/me")).And.HaveCountGreaterThan(8);
        foreach (var (method, path) in endpoints)
        {
            var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = method is "GET" or "DELETE" ? null : JsonContent.Create(new { }) };
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
            (await client.SendAsync(request)).StatusCode.Should().Be(HttpStatusCode.Unauthorized, $"{method} {path}");
        }
    }

    [Fact]
    public async Task The_same_token_with_a_guid_sub_is_accepted()
    {
        // The control for the theory above: only the sub makes the difference.
        var live = await client.LoginAsync(ApiFactory.AdminEmail, factory.AdminPassword);
        var payload = Forge.Payload(live.AccessToken);
        var token = Forge.Token(factory, new Claim("sid", payload["sid"]!.GetValue<string>()), new Claim("role", "admin"),
            new Claim("email", ApiFactory.AdminEmail), new Claim("sub", payload["sub"]!.GetValue<string>()));

        (await client.GetWithBearerAsync("/api/auth/me", token)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await client.GetWithBearerAsync("/api/influencers", token)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    private string ForgeWithIssuer(string issuer) => Forge.Token(factory, issuer, new Claim("sub", Guid.NewGuid().ToString()));

    private List<(string Method, string Path)> ProtectedEndpoints() =>
        [.. factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IAuthorizeData>() is not null && e.Metadata.GetMetadata<IAllowAnonymous>() is null)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                .Select(method => (method, "/" + System.Text.RegularExpressions.Regex.Replace(e.RoutePattern.RawText!.TrimStart('/'), "\\{[^}]+\\}", Guid.NewGuid().ToString()))))];
}
