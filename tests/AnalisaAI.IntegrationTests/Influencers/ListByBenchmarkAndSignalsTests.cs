using System.Net;
using System.Text.Json.Nodes;
using AnalisaAI.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AnalisaAI.IntegrationTests.Influencers;

/// <summary>
/// The list's benchmark and signals figures: each item carries its latest run's tier, percentile, data confidence
/// and raised flags, and the list filters and sorts on them. Twelve micro Instagram influencers, on a catalogue of
/// their own, each run twice so that every second run ranks among the eleven others.
/// </summary>
public sealed class ListByBenchmarkAndSignalsTests : IAsyncLifetime
{
    private readonly ApiFactory factory = new();
    private HttpClient admin = null!;
    private List<Guid> ids = [];

    public async Task InitializeAsync()
    {
        admin = await factory.CreateAdminClientAsync();
        ids = await factory.AddInfluencersAsync(12);
        // One account follows many: following > 1,500 and at least 10 % of its followers raises massFollowing.
        await factory.WithDbAsync(db => db.Influencers.Where(i => i.Id == ids[0]).ExecuteUpdateAsync(s => s.SetProperty(i => i.Following, 5_000)));
        foreach (var round in new[] { 1, 2 })
        {
            foreach (var id in ids)
            {
                await TestData.RecalculateAsync(admin, id);
            }
        }
    }

    public async Task DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task Items_carry_the_latest_runs_tier_percentile_confidence_and_flags()
    {
        var items = await ListAsync("pageSize=100");

        items.Should().HaveCount(12);
        foreach (var item in items)
        {
            var metrics = await (await admin.GetAsync($"/api/influencers/{item["id"]}/metrics")).ReadJsonAsync();
            item["followerTier"]!.GetValue<string>().Should().Be("micro").And.Be(metrics["benchmark"]!["followerTier"]!.GetValue<string>());
            item["erPercentile"]!.GetValue<double>().Should().Be(metrics["benchmark"]!["erPercentile"]!.GetValue<double>());
            item["dataConfidence"]!.GetValue<string>().Should().Be(metrics["signals"]!["dataConfidence"]!.GetValue<string>());
            item["raisedFlags"]!.AsArray().Select(f => f!.GetValue<string>()).Should()
                .Equal(metrics["signals"]!["raisedFlags"]!.AsArray().Select(f => f!.GetValue<string>()));
        }
    }

    [Fact]
    public async Task Filters_by_tier_percentile_and_flags_and_sorts_by_percentile()
    {
        (await ListAsync("tier=micro&pageSize=100")).Should().HaveCount(12);
        (await ListAsync("tier=nano")).Should().BeEmpty();

        var byPercentile = await ListAsync("sort=-erPercentile&pageSize=100");
        var percentiles = byPercentile.Select(i => i["erPercentile"]!.GetValue<double>()).ToList();
        percentiles.Should().BeInDescendingOrder();
        (await ListAsync("sort=erPercentile&pageSize=100")).Select(i => i["erPercentile"]!.GetValue<double>()).Should().BeInAscendingOrder();

        var median = percentiles[6];
        (await ListAsync($"minErPercentile={median}&pageSize=100")).Select(i => i["erPercentile"]!.GetValue<double>())
            .Should().OnlyContain(p => p >= median).And.HaveCount(percentiles.Count(p => p >= median));

        var flagged = await ListAsync("flag=massFollowing");
        flagged.Select(i => i["id"]!.GetValue<Guid>()).Should().Equal(ids[0]);
        (await ListAsync("noFlags=true&pageSize=100")).Select(i => i["id"]!.GetValue<Guid>()).Should().NotContain(ids[0]).And.HaveCount(11);
    }

    [Theory]
    [InlineData("tier=huge", "tier")]
    [InlineData("minErPercentile=101", "minErPercentile")]
    [InlineData("flag=fake", "flag")]
    [InlineData("noFlags=maybe", "noFlags")]
    [InlineData("flag=massFollowing&noFlags=true", "flag")]
    public async Task A_bad_filter_is_a_400_naming_it(string query, string parameter)
    {
        var response = await admin.GetAsync($"/api/influencers?{query}");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var errors = (await response.ReadJsonAsync())["errors"]!.AsObject();
        errors.Select(e => e.Key).Should().Contain(k => string.Equals(k, parameter, StringComparison.OrdinalIgnoreCase));
    }

    private async Task<List<JsonNode>> ListAsync(string query)
    {
        var response = await admin.GetAsync($"/api/influencers?{query}");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        return [.. (await response.ReadJsonAsync())["items"]!.AsArray().Select(i => i!)];
    }
}
