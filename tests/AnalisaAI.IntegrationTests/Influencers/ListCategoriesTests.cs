using System.Net;
using AnalisaAI.IntegrationTests.Infrastructure;

namespace AnalisaAI.IntegrationTests.Influencers;

/// <summary>GET /api/influencers/categories: the categories in use, by name, with their influencer counts.</summary>
public sealed class ListCategoriesTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Lists_the_categories_in_use_by_name_with_their_counts_for_any_signed_in_user()
    {
        var admin = await factory.CreateAdminClientAsync();
        await InfluencerApi.CreateIdAsync(admin, categories: ["travel", "Food"]);
        await InfluencerApi.CreateIdAsync(admin, categories: ["food"]);
        await InfluencerApi.CreateIdAsync(admin, categories: ["beauty", "food", "travel"]);
        var gone = await InfluencerApi.CreateIdAsync(admin, categories: ["music"]);
        await InfluencerApi.CreateIdAsync(admin);
        (await admin.DeleteAsync($"{InfluencerApi.Route}/{gone}")).StatusCode.Should().Be(HttpStatusCode.NoContent);
        var analyst = await factory.CreateAnalystClientAsync();

        var response = await analyst.GetAsync($"{InfluencerApi.Route}/categories");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var items = (await response.ReadJsonAsync())["items"]!.AsArray();
        items.Select(i => (i!["name"]!.GetValue<string>(), i["count"]!.GetValue<int>())).Should()
            .Equal(("beauty", 1), ("food", 3), ("travel", 2));
    }

    [Fact]
    public async Task Needs_a_token()
    {
        (await factory.CreateClient().GetAsync($"{InfluencerApi.Route}/categories")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }
}
