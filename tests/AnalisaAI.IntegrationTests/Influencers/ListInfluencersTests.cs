using System.Net;
using System.Text.Json.Nodes;
using AnalisaAI.Api.Features.Influencers.ListInfluencers;
using AnalisaAI.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AnalisaAI.IntegrationTests.Influencers;

/// <summary>Each test lists its own influencers, tagged with a category no other test uses.</summary>
public sealed class ListInfluencersTests(CommandCountingApiFactory factory) : IClassFixture<CommandCountingApiFactory>
{
    [Fact]
    public async Task Listing_by_handle_with_the_default_page_size_of_20()
    {
        var admin = await factory.CreateAdminClientAsync();
        var tag = NewTag();
        await CreateAsync(admin, tag, ("charlie", "instagram"), ("Alpha", "instagram"), ("bravo", "tiktok"));

        var page = await ListAsync(admin, $"category={tag}&sort=handle");

        page["page"]!.GetValue<int>().Should().Be(1);
        page["pageSize"]!.GetValue<int>().Should().Be(20);
        page["totalCount"]!.GetValue<int>().Should().Be(3);
        Handles(page).Should().Equal(H("Alpha", tag), H("bravo", tag), H("charlie", tag));
        page["items"]![0]!["categories"]!.AsArray().Select(c => c!.GetValue<string>()).Should().Equal(tag);
        Handles(await ListAsync(admin, $"category={tag}&sort=-handle")).Should().Equal(H("charlie", tag), H("bravo", tag), H("Alpha", tag));
    }

    [Fact]
    public async Task Default_order_is_by_relevance_descending_with_low_confidence_rows_last()
    {
        var admin = await factory.CreateAdminClientAsync();
        var tag = NewTag();
        await CreateAsync(admin, tag, ("a", "instagram"), ("b", "instagram"), ("c", "instagram"), ("d", "instagram"), ("e", "instagram"), ("f", "instagram"));
        // Known components under 3 make a row low-confidence, whatever its score; d was never calculated.
        await SetFiguresAsync(tag, ("a", 90, 2), ("b", 80, 5), ("c", 50, 3), ("d", null, 0), ("e", 95, 1), ("f", 60, 4));

        var byDefault = Handles(await ListAsync(admin, $"category={tag}"));

        byDefault.Should().Equal(H("b", tag), H("f", tag), H("c", tag), H("e", tag), H("a", tag), H("d", tag));
        Handles(await ListAsync(admin, $"category={tag}&sort=-relevance&lowConfidenceLast=true")).Should().Equal(byDefault);
        Handles(await ListAsync(admin, $"category={tag}&lowConfidenceLast=false")).Should()
            .Equal(H("e", tag), H("a", tag), H("b", tag), H("f", tag), H("c", tag), H("d", tag));
        Handles(await ListAsync(admin, $"category={tag}&sort=relevance")).Should()
            .Equal([H("c", tag), H("f", tag), H("b", tag), H("d", tag), H("a", tag), H("e", tag)], "low-confidence rows come last in either direction");
        Handles(await ListAsync(admin, $"category={tag}&sort=relevance&lowConfidenceLast=false")).Should()
            .Equal(H("d", tag), H("c", tag), H("f", tag), H("b", tag), H("a", tag), H("e", tag));
        Handles(await ListAsync(admin, $"category={tag}&sort=handle&lowConfidenceLast=true")).Should()
            .Equal([H("a", tag), H("b", tag), H("c", tag), H("d", tag), H("e", tag), H("f", tag)], "only the relevance sorts change");
        var items = (await ListAsync(admin, $"category={tag}&sort=handle"))["items"]!.AsArray();
        items.Select(i => i!["knownComponents"]!.GetValue<int>()).Should().Equal(2, 5, 3, 0, 1, 4);
    }

    [Fact]
    public async Task Paging_is_stable_and_counts_every_match()
    {
        var admin = await factory.CreateAdminClientAsync();
        var tag = NewTag();
        await CreateAsync(admin, tag, Enumerable.Range(0, 7).Select(i => ($"h{i}", "instagram")).ToArray());

        var pages = new List<string>();
        for (var number = 1; number <= 4; number++)
        {
            var page = await ListAsync(admin, $"category={tag}&sort=handle&pageSize=2&page={number}");
            page["totalCount"]!.GetValue<int>().Should().Be(7);
            page["page"]!.GetValue<int>().Should().Be(number);
            page["pageSize"]!.GetValue<int>().Should().Be(2);
            pages.AddRange(Handles(page));
        }

        pages.Should().Equal(Enumerable.Range(0, 7).Select(i => H($"h{i}", tag)));
        var beyond = await ListAsync(admin, $"category={tag}&sort=handle&pageSize=2&page=5");
        beyond["items"]!.AsArray().Should().BeEmpty();
        beyond["totalCount"]!.GetValue<int>().Should().Be(7);
    }

    [Fact]
    public async Task Platform_category_and_search_filter()
    {
        var admin = await factory.CreateAdminClientAsync();
        var tag = NewTag();
        var other = NewTag();
        await CreateAsync(admin, tag, ("maria", "instagram"), ("joao", "youtube"), ("mariana", "youtube"));
        await CreateAsync(admin, other, ("maria", "youtube"));
        var joao = (await ListAsync(admin, $"category={tag}&platform=youtube&sort=handle"))["items"]![0]!["id"]!.GetValue<Guid>();
        await factory.WithDbAsync(async db =>
        {
            var influencer = await db.Influencers.SingleAsync(i => i.Id == joao);
            influencer.DisplayName = "Chef Maria 100%";
            return await db.SaveChangesAsync();
        });

        Handles(await ListAsync(admin, $"category={tag}&platform=youtube&sort=handle")).Should().Equal(H("joao", tag), H("mariana", tag));
        Handles(await ListAsync(admin, $"category={tag.ToUpperInvariant()}&platform=YouTube&sort=handle")).Should().Equal(H("joao", tag), H("mariana", tag));
        Handles(await ListAsync(admin, $"category={tag}&search=MARIA&sort=handle")).Should().Equal(H("joao", tag), H("maria", tag), H("mariana", tag));
        Handles(await ListAsync(admin, $"category={tag}&search=@Mariana&sort=handle")).Should().Equal(H("mariana", tag));
        Handles(await ListAsync(admin, $"category={tag}&search=chef&sort=handle")).Should().Equal(H("joao", tag));
        Handles(await ListAsync(admin, $"category={tag}&search=100%25&sort=handle")).Should().Equal(H("joao", tag));
        Handles(await ListAsync(admin, $"category={tag}&search=0_")).Should().BeEmpty();
        Handles(await ListAsync(admin, "search=maria-")).Should().BeEquivalentTo(H("maria", tag), H("maria", other));
        (await ListAsync(admin, $"category=none-{Guid.NewGuid():N}"))["totalCount"]!.GetValue<int>().Should().Be(0);
    }

    [Fact]
    public async Task Relevance_filter_and_sorts_treat_missing_relevance_as_lowest()
    {
        var admin = await factory.CreateAdminClientAsync();
        var tag = NewTag();
        await CreateAsync(admin, tag, ("high", "instagram"), ("low", "instagram"), ("none", "instagram"), ("mid", "instagram"), ("mid2", "instagram"));
        await SetAsync(tag, ("high", 90.5, At(1)), ("low", 10, At(3)), ("mid", 50, At(2)), ("mid2", 50, null));

        Handles(await ListAsync(admin, $"category={tag}&minRelevance=50")).Should().Equal(H("high", tag), H("mid", tag), H("mid2", tag));
        Handles(await ListAsync(admin, $"category={tag}&minRelevance=50.01")).Should().Equal(H("high", tag));
        Handles(await ListAsync(admin, $"category={tag}&sort=-relevance")).Should()
            .StartWith([H("high", tag)]).And.EndWith([H("low", tag), H("none", tag)]);
        Handles(await ListAsync(admin, $"category={tag}&sort=relevance")).Should()
            .StartWith([H("none", tag), H("low", tag)]).And.EndWith([H("high", tag)]);
        Handles(await ListAsync(admin, $"category={tag}&sort=-updatedAt")).Should()
            .StartWith([H("high", tag), H("mid", tag), H("low", tag)]);
        Handles(await ListAsync(admin, $"category={tag}&sort=updatedAt")).Should()
            .EndWith([H("low", tag), H("mid", tag), H("high", tag)]);
        Handles(await ListAsync(admin, $"category={tag}&sort=handle")).Should()
            .Equal(H("high", tag), H("low", tag), H("mid", tag), H("mid2", tag), H("none", tag));
    }

    [Fact]
    public async Task Ties_are_broken_by_id_so_pages_never_overlap()
    {
        var admin = await factory.CreateAdminClientAsync();
        var tag = NewTag();
        await CreateAsync(admin, tag, Enumerable.Range(0, 6).Select(i => ($"tie{i}", "instagram")).ToArray());
        await SetAsync(tag, Enumerable.Range(0, 6).Select(i => ($"tie{i}", (double?)42.0, (DateTime?)At(1))).ToArray());

        await factory.WithDbAsync(db => db.Influencers.Where(i => i.Categories.Any(c => c.Name == tag))
            .ExecuteUpdateAsync(set => set.SetProperty(i => i.EngagementRate, 2.5).SetProperty(i => i.GrowthRate30, 1.5).SetProperty(i => i.Followers, 5_000)));

        foreach (var sort in ListInfluencersSorts.All.Where(s => !s.EndsWith("handle", StringComparison.Ordinal)))
        {
            var seen = new List<string>();
            for (var number = 1; number <= 3; number++)
            {
                seen.AddRange(Handles(await ListAsync(admin, $"category={tag}&sort={sort}&pageSize=2&page={number}")));
            }

            seen.Should().OnlyHaveUniqueItems(sort).And.HaveCount(6);
        }
    }

    [Theory]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=101", "pageSize")]
    [InlineData("pageSize=abc", "pageSize")]
    [InlineData("page=0", "page")]
    [InlineData("page=-1", "page")]
    [InlineData("sort=likes", "sort")]
    [InlineData("sort=-", "sort")]
    [InlineData("sort=dataAge", "sort")]
    [InlineData("platform=myspace", "platform")]
    [InlineData("minRelevance=abc", "minRelevance")]
    [InlineData("minRelevance=101", "minRelevance")]
    [InlineData("minRelevance=NaN", "minRelevance")]
    [InlineData("minFollowers=-1", "minFollowers")]
    [InlineData("minFollowers=1.5", "minFollowers")]
    [InlineData("minFollowers=1000000000001", "minFollowers")]
    [InlineData("maxFollowers=many", "maxFollowers")]
    [InlineData("minFollowers=10&maxFollowers=9", "minFollowers")]
    [InlineData("minEngagementRate=-0.1", "minEngagementRate")]
    [InlineData("minEngagementRate=NaN", "minEngagementRate")]
    [InlineData("maxEngagementRate=Infinity", "maxEngagementRate")]
    [InlineData("minEngagementRate=2.5&maxEngagementRate=2.4", "minEngagementRate")]
    [InlineData("lowConfidenceLast=maybe", "lowConfidenceLast")]
    public async Task Bad_query_values_are_400_naming_the_parameter(string query, string parameter)
    {
        var admin = await factory.CreateAdminClientAsync();

        var response = await admin.GetAsync($"{InfluencerApi.Route}?{query}");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.ReadProblemAsync()).ErrorKeys().Should().Equal(parameter);
    }

    [Fact]
    public async Task An_unknown_sort_is_a_400_listing_every_allowed_value()
    {
        var admin = await factory.CreateAdminClientAsync();

        var problem = await (await admin.GetAsync($"{InfluencerApi.Route}?sort=likes")).ReadProblemAsync();

        var message = problem["errors"]!["sort"]![0]!.GetValue<string>();
        message.Should().ContainAll(["handle", "-relevance", "engagementRate", "-engagementRate", "followers", "-followers", "growth30", "-growth30", "erPercentile"]);
        ListInfluencersSorts.All.Should().OnlyContain(value => message.Contains(value, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_page_costs_the_same_number_of_queries_whatever_its_size()
    {
        var admin = await factory.CreateAdminClientAsync();
        var tag = NewTag();
        await CreateAsync(admin, tag, Enumerable.Range(0, 12).Select(i => ($"q{i:00}", "instagram")).ToArray());
        var ids = (await ListAsync(admin, $"category={tag}&pageSize=12"))["items"]!.AsArray().Select(i => i!["id"]!.GetValue<Guid>()).ToArray();
        foreach (var id in ids)
        {
            await InfluencerApi.SeedRunAsync(factory, id, 60);
        }

        var (small, smallCommands) = await CountCommandsAsync(admin, $"category={tag}&pageSize=2");
        var (large, largeCommands) = await CountCommandsAsync(admin, $"category={tag}&pageSize=12");

        small["items"]!.AsArray().Should().HaveCount(2);
        large["items"]!.AsArray().Should().HaveCount(12);
        large["items"]!.AsArray().Should().OnlyContain(i => i!["metrics"]!["relevance"]!["overall"]!.GetValue<double>() == 60);
        largeCommands.Should().Be(smallCommands).And.BeLessThanOrEqualTo(13, "one query per stage table and one for pending runs, whatever the page size");
    }

    /// <summary>
    /// The fewest commands of three identical requests: the counter sees the whole app, and a background write (the
    /// heartbeat's beat, every 10 s) may land in one of them, not in all three.
    /// </summary>
    private async Task<(JsonObject Page, int Commands)> CountCommandsAsync(HttpClient client, string query)
    {
        (JsonObject Page, int Commands)? fewest = null;
        for (var attempt = 0; attempt < 3; attempt++)
        {
            factory.ResetCommands();
            var page = await ListAsync(client, query);
            var commands = factory.Commands;
            if (fewest is null || commands < fewest.Value.Commands)
            {
                fewest = (page, commands);
            }
        }

        return fewest!.Value;
    }

    private static string NewTag() => $"t{Guid.NewGuid():N}"[..12];

    /// <summary>Handles are made unique per test by suffixing the tag.</summary>
    private static string H(string name, string tag) => $"{name}-{tag}";

    private static DateTime At(int daysAgo) => ApiFactory.Start.UtcDateTime.AddDays(-daysAgo);

    private static async Task CreateAsync(HttpClient admin, string tag, params (string Name, string Platform)[] influencers)
    {
        foreach (var (name, platform) in influencers)
        {
            await InfluencerApi.CreateAsync(admin, new { handle = H(name, tag), platform, categories = new[] { tag } });
        }
    }

    private Task<int> SetAsync(string tag, params (string Name, double? Relevance, DateTime? UpdatedAt)[] values) =>
        factory.WithDbAsync(async db =>
        {
            foreach (var (name, relevance, updatedAt) in values)
            {
                var normalized = H(name, tag).ToLowerInvariant();
                var influencer = await db.Influencers.SingleAsync(i => i.NormalizedHandle == normalized);
                influencer.RelevanceOverall = relevance;
                influencer.UpdatedAt = updatedAt;
            }

            return await db.SaveChangesAsync();
        });

    private Task<int> SetFiguresAsync(string tag, params (string Name, double? Relevance, int KnownComponents)[] values) =>
        factory.WithDbAsync(async db =>
        {
            foreach (var (name, relevance, known) in values)
            {
                var normalized = H(name, tag).ToLowerInvariant();
                var influencer = await db.Influencers.SingleAsync(i => i.NormalizedHandle == normalized);
                influencer.RelevanceOverall = relevance;
                influencer.KnownComponents = known;
            }

            return await db.SaveChangesAsync();
        });

    private static async Task<JsonObject> ListAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync($"{InfluencerApi.Route}?{query}");
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.ReadJsonAsync()).AsObject();
    }

    private static string[] Handles(JsonObject page) =>
        page["items"]!.AsArray().Select(i => i!["handle"]!.GetValue<string>()).ToArray();
}
