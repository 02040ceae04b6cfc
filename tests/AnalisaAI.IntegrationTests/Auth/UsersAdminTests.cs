using System.Net;
using System.Net.Http.Json;
using AnalisaAI.IntegrationTests.Infrastructure;

namespace AnalisaAI.IntegrationTests.Auth;

public sealed class UsersAdminTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task Admins_list_users_a_page_at_a_time_with_search()
    {
        var admin = await factory.CreateAdminClientAsync();
        var account = await client.RegisterAsync();
        await client.LoginAsync(account.Email, account.Password);

        var response = await admin.GetAsync($"/api/users?search={Uri.EscapeDataString(account.Email.ToUpperInvariant())}&page=1&pageSize=5");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var body = await response.ReadJsonAsync();
        body["totalCount"]!.GetValue<int>().Should().Be(1);
        body["page"]!.GetValue<int>().Should().Be(1);
        body["pageSize"]!.GetValue<int>().Should().Be(5);
        var user = body["items"]!.AsArray().Single()!;
        user["id"]!.GetValue<Guid>().Should().Be(account.Id);
        user["email"]!.GetValue<string>().Should().Be(account.Email);
        user["displayName"]!.GetValue<string>().Should().Be("Test User");
        user["role"]!.GetValue<string>().Should().Be("analyst");
        user["disabled"]!.GetValue<bool>().Should().BeFalse();
        user["createdAt"]!.GetValue<DateTime>().Should().Be(factory.Time.GetUtcNow().UtcDateTime);
        user["lastSignInAt"]!.GetValue<DateTime>().Should().Be(factory.Time.GetUtcNow().UtcDateTime);

        var all = await (await admin.GetAsync("/api/users?pageSize=1")).ReadJsonAsync();
        all["items"]!.AsArray().Should().ContainSingle();
        all["totalCount"]!.GetValue<int>().Should().BeGreaterThanOrEqualTo(2);
    }

    [Theory]
    [InlineData("page=0", "page")]
    [InlineData("pageSize=101", "pageSize")]
    [InlineData("page=abc", "page")]
    public async Task Bad_paging_is_a_400_naming_the_parameter(string query, string field)
    {
        var admin = await factory.CreateAdminClientAsync();

        var response = await admin.GetAsync($"/api/users?{query}");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.ReadProblemAsync())["errors"]![field]!.AsArray().Should().NotBeEmpty();
    }

    [Fact]
    public async Task A_disabled_user_cannot_sign_in_or_refresh_until_enabled()
    {
        var admin = await factory.CreateAdminClientAsync();
        var account = await client.RegisterAsync();
        var tokens = await client.LoginAsync(account.Email, account.Password);
        (await client.GetWithBearerAsync("/api/auth/me", tokens.AccessToken)).StatusCode.Should().Be(HttpStatusCode.OK);

        var disabled = await admin.PostAsync($"/api/users/{account.Id}/disable", null);

        disabled.StatusCode.Should().Be(HttpStatusCode.OK);
        (await disabled.ReadJsonAsync())["disabled"]!.GetValue<bool>().Should().BeTrue();
        (await client.PostRefreshAsync(tokens.RefreshToken)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await client.PostLoginAsync(account.Email, account.Password)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        factory.Time.Advance(TimeSpan.FromSeconds(5));
        (await client.GetWithBearerAsync("/api/auth/me", tokens.AccessToken)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);

        var enabled = await admin.PostAsync($"/api/users/{account.Id}/enable", null);

        enabled.StatusCode.Should().Be(HttpStatusCode.OK);
        (await enabled.ReadJsonAsync())["disabled"]!.GetValue<bool>().Should().BeFalse();
        (await client.PostLoginAsync(account.Email, account.Password)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_admin_cannot_disable_themself()
    {
        var admin = await factory.CreateAdminClientAsync();
        var me = await (await admin.GetAsync("/api/auth/me")).ReadJsonAsync();

        var response = await admin.PostAsync($"/api/users/{me["id"]!.GetValue<Guid>()}/disable", null);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.ReadProblemAsync())["errors"]!["id"]!.AsArray().Should().NotBeEmpty();
        (await admin.GetAsync("/api/auth/me")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Admins_end_every_session_of_a_user()
    {
        var admin = await factory.CreateAdminClientAsync();
        var account = await client.RegisterAsync();
        var first = await client.LoginAsync(account.Email, account.Password);
        var second = await client.LoginAsync(account.Email, account.Password);

        (await admin.DeleteAsync($"/api/users/{account.Id}/sessions")).StatusCode.Should().Be(HttpStatusCode.NoContent);

        (await client.PostRefreshAsync(first.RefreshToken)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await client.PostRefreshAsync(second.RefreshToken)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await client.PostLoginAsync(account.Email, account.Password)).StatusCode.Should().Be(HttpStatusCode.OK, "the account itself stays enabled");
    }

    [Fact]
    public async Task An_unknown_user_is_404()
    {
        var admin = await factory.CreateAdminClientAsync();
        var unknown = Guid.NewGuid();

        (await admin.PostAsync($"/api/users/{unknown}/disable", null)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await admin.PostAsync($"/api/users/{unknown}/enable", null)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await admin.DeleteAsync($"/api/users/{unknown}/sessions")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Analysts_get_403_and_anonymous_callers_401()
    {
        var analyst = await factory.CreateAnalystClientAsync();
        var target = await client.RegisterAsync();

        (await analyst.GetAsync("/api/users")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await analyst.PostAsync($"/api/users/{target.Id}/disable", null)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await analyst.PostAsync($"/api/users/{target.Id}/enable", null)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await analyst.DeleteAsync($"/api/users/{target.Id}/sessions")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await client.GetAsync("/api/users")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await client.PostAsJsonAsync($"/api/users/{target.Id}/disable", new { })).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }
}
