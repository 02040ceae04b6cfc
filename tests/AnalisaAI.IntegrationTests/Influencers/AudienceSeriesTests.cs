using System.Net;
using System.Text.Json.Nodes;
using AnalisaAI.IntegrationTests.Infrastructure;

namespace AnalisaAI.IntegrationTests.Influencers;

/// <summary>
/// <c>GET /api/influencers/{id}/audience</c>: the stored daily snapshots of a range of days, oldest first. "Today"
/// is the factory's clock (UTC), so the default window is exact.
/// </summary>
public sealed class AudienceSeriesTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private DateOnly Today => DateOnly.FromDateTime(factory.Time.GetUtcNow().UtcDateTime);

    [Fact]
    public async Task By_default_it_returns_the_90_days_to_today_oldest_first_with_every_field()
    {
        var admin = await factory.CreateAdminClientAsync();
        var id = await InfluencerApi.CreateIdAsync(admin);
        var today = Today;

        // Sent out of order, with one day on each side of the window (tomorrow is a valid snapshot date).
        var inside = new[] { today, today.AddDays(-89), today.AddDays(-40), today.AddDays(-1) };
        var outside = new[] { today.AddDays(1), today.AddDays(-90) };
        await IngestDaysAsync(admin, id, inside.Concat(outside));
        await InfluencerApi.IngestAsync(admin, id, "audience-snapshots",
            [new { date = Day(today.AddDays(-2)), followers = 777, following = (long?)null, gained = (long?)null, lost = (long?)null, profileViews = (long?)null }]);

        var items = await GetItemsAsync(admin, id, "");

        Dates(items).Should().Equal(new[] { today.AddDays(-89), today.AddDays(-40), today.AddDays(-2), today.AddDays(-1), today }.Select(Day));
        var last = items[^1]!.AsObject();
        last.Select(p => p.Key).Should().BeEquivalentTo("date", "followers", "following", "gained", "lost", "profileViews");
        last["followers"]!.GetValue<long>().Should().Be(Followers(today));
        last["following"]!.GetValue<long>().Should().Be(300);
        last["gained"]!.GetValue<long>().Should().Be(7);
        last["lost"]!.GetValue<long>().Should().Be(2);
        last["profileViews"]!.GetValue<long>().Should().Be(40);
        var unknown = items[2]!.AsObject();
        unknown["followers"]!.GetValue<long>().Should().Be(777);
        new[] { "following", "gained", "lost", "profileViews" }.Should().OnlyContain(f => unknown[f] == null, "an unknown count stays null");
    }

    [Fact]
    public async Task The_default_window_follows_the_clock()
    {
        // The clock moves first, so the tokens made below are valid at the new time.
        factory.Time.Advance(TimeSpan.FromDays(3));
        var admin = await factory.CreateAdminClientAsync();
        var id = await InfluencerApi.CreateIdAsync(admin);
        var today = Today;
        await IngestDaysAsync(admin, id, [today.AddDays(-90), today.AddDays(-89), today]);

        Dates(await GetItemsAsync(admin, id, "")).Should().Equal(Day(today.AddDays(-89)), Day(today));
    }

    [Fact]
    public async Task From_and_to_bound_the_days_inclusively_and_a_missing_end_takes_its_default()
    {
        var admin = await factory.CreateAdminClientAsync();
        var id = await InfluencerApi.CreateIdAsync(admin);
        var today = Today;
        var days = Enumerable.Range(0, 250).Select(d => today.AddDays(-d)).ToList();
        await IngestDaysAsync(admin, id, days);

        var from = today.AddDays(-150);
        var to = today.AddDays(-140);
        Dates(await GetItemsAsync(admin, id, $"?from={Day(from)}&to={Day(to)}"))
            .Should().Equal(Enumerable.Range(0, 11).Select(d => Day(from.AddDays(d))));

        Dates(await GetItemsAsync(admin, id, $"?from={Day(today.AddDays(-3))}"))
            .Should().Equal(Enumerable.Range(0, 4).Select(d => Day(today.AddDays(d - 3))), "to defaults to today");

        var toOnly = Dates(await GetItemsAsync(admin, id, $"?to={Day(to)}"));
        toOnly.Should().HaveCount(90).And.BeInAscendingOrder(StringComparer.Ordinal);
        toOnly[0].Should().Be(Day(to.AddDays(-89)), "from defaults to the 90 days that end at to");
        toOnly[^1].Should().Be(Day(to));

        Dates(await GetItemsAsync(admin, id, $"?from={Day(today)}&to={Day(today)}")).Should().Equal(Day(today));
    }

    [Fact]
    public async Task A_range_of_366_days_is_allowed_and_one_of_367_is_a_400()
    {
        var admin = await factory.CreateAdminClientAsync();
        var id = await InfluencerApi.CreateIdAsync(admin);
        var to = Today;
        await IngestDaysAsync(admin, id, [to.AddDays(-366), to.AddDays(-365), to]);

        Dates(await GetItemsAsync(admin, id, $"?from={Day(to.AddDays(-365))}&to={Day(to)}"))
            .Should().Equal(Day(to.AddDays(-365)), Day(to));

        var problem = await GetProblemAsync(admin, id, $"?from={Day(to.AddDays(-366))}&to={Day(to)}");
        problem.ErrorKeys().Should().Equal("from");
    }

    [Theory]
    [InlineData("?from=2026-06-10&to=2026-06-09", "to")]
    [InlineData("?from=2099-01-01", "to")]
    [InlineData("?from=2026-13-01", "from")]
    [InlineData("?from=2026-02-30", "from")]
    [InlineData("?from=2026/06/01", "from")]
    [InlineData("?from=06/01/2026", "from")]
    [InlineData("?from=2026-6-1", "from")]
    [InlineData("?from=2026-06-01T00:00:00Z", "from")]
    [InlineData("?to=yesterday", "to")]
    [InlineData("?to=20260601", "to")]
    public async Task A_malformed_date_or_a_reversed_range_is_a_400_naming_the_parameter(string queryString, string parameter)
    {
        var admin = await factory.CreateAdminClientAsync();
        var id = await InfluencerApi.CreateIdAsync(admin);

        (await GetProblemAsync(admin, id, queryString)).ErrorKeys().Should().Equal(parameter);
    }

    [Fact]
    public async Task An_unknown_influencer_is_404()
    {
        var admin = await factory.CreateAdminClientAsync();

        var response = await admin.GetAsync($"{InfluencerApi.Route}/{Guid.NewGuid()}/audience");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await response.ReadProblemAsync())["detail"]!.GetValue<string>().Should().EndWith("does not exist.");
    }

    [Fact]
    public async Task An_analyst_reads_it_and_anonymous_is_401()
    {
        var admin = await factory.CreateAdminClientAsync();
        var id = await InfluencerApi.CreateIdAsync(admin);
        await IngestDaysAsync(admin, id, [Today]);

        var analyst = await factory.CreateAnalystClientAsync();
        Dates(await GetItemsAsync(analyst, id, "")).Should().Equal(Day(Today));
        (await factory.CreateClient().GetAsync($"{InfluencerApi.Route}/{id}/audience")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task The_openapi_document_declares_the_route_its_date_parameters_and_its_errors()
    {
        var document = await (await factory.CreateClient().GetAsync("/swagger/v1/swagger.json")).ReadJsonAsync();

        var operation = document["paths"]!["/api/influencers/{id}/audience"]!["get"]!;
        operation["summary"]!.GetValue<string>().Should().NotBeNullOrWhiteSpace();
        var parameters = operation["parameters"]!.AsArray().ToDictionary(p => p!["name"]!.GetValue<string>(), p => p!);
        parameters.Keys.Should().BeEquivalentTo("id", "from", "to");
        foreach (var name in new[] { "from", "to" })
        {
            parameters[name]["in"]!.GetValue<string>().Should().Be("query");
            parameters[name]["schema"]!["format"]!.GetValue<string>().Should().Be("date");
        }

        operation["responses"]!.AsObject().Select(r => r.Key).Should().Contain(["200", "400", "401", "404"]);
    }

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A followers count that differs by day, so a wrong day cannot pass for the right one.</summary>
    private static long Followers(DateOnly date) => 10_000 + date.DayNumber % 1000;

    private static Task<JsonObject> IngestDaysAsync(HttpClient admin, Guid id, IEnumerable<DateOnly> days) =>
        InfluencerApi.IngestAsync(admin, id, "audience-snapshots",
            days.Select(d => (object)new { date = Day(d), followers = Followers(d), following = 300, gained = 7, lost = 2, profileViews = 40 }).ToList());

    private static async Task<JsonArray> GetItemsAsync(HttpClient client, Guid id, string queryString)
    {
        var response = await client.GetAsync($"{InfluencerApi.Route}/{id}/audience{queryString}");
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.ReadJsonAsync())["items"]!.AsArray();
    }

    private static async Task<JsonObject> GetProblemAsync(HttpClient client, Guid id, string queryString)
    {
        var response = await client.GetAsync($"{InfluencerApi.Route}/{id}/audience{queryString}");
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest, queryString);
        return await response.ReadProblemAsync();
    }

    private static List<string> Dates(JsonArray items) => items.Select(i => i!["date"]!.GetValue<string>()).ToList();
}
