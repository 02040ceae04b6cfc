using System.Net;
using System.Net.Http.Json;
using AnalisaAI.IntegrationTests.Infrastructure;

namespace AnalisaAI.IntegrationTests.Hosting;

public sealed class SmokeTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Admin_can_sign_in_and_read_me()
    {
        var client = await factory.CreateAdminClientAsync();
        var me = await client.GetFromJsonAsync<System.Text.Json.Nodes.JsonObject>("/api/auth/me");
        me!["role"]!.GetValue<string>().Should().Be("admin");
        me["email"]!.GetValue<string>().Should().Be(ApiFactory.AdminEmail);
    }

    [Fact]
    public async Task Me_without_token_is_401_problem()
    {
        var response = await factory.CreateClient().GetAsync("/api/auth/me");
        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        await response.ReadProblemAsync();
    }
}
