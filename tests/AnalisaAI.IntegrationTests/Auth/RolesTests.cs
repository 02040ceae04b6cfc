using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AnalisaAI.IntegrationTests.Infrastructure;

namespace AnalisaAI.IntegrationTests.Auth;

public sealed class RolesTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Me_works_for_an_analyst()
    {
        var client = await factory.CreateAnalystClientAsync();

        var me = await client.GetFromJsonAsync<JsonObject>("/api/auth/me");

        me!["role"]!.GetValue<string>().Should().Be("analyst");
        me["email"]!.GetValue<string>().Should().StartWith("analyst-");
    }

    [Fact]
    public async Task Me_works_for_an_admin()
    {
        var client = await factory.CreateAdminClientAsync();

        var me = await client.GetFromJsonAsync<JsonObject>("/api/auth/me");

        me!["role"]!.GetValue<string>().Should().Be("admin");
        me["id"]!.GetValue<Guid>().Should().NotBeEmpty();
    }
}
