using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using AnalisaAI.IntegrationTests.Influencers;
using AnalisaAI.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AnalisaAI.IntegrationTests.Lists;

/// <summary>The CSV export of the catalogue and of saved lists: the JSON's rows, RFC 4180, and no formula gets through.</summary>
public sealed class CsvExportTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static readonly string[] Header =
    [
        "id", "handle", "platform", "displayName", "followers", "relevance", "engagementRate", "engagementRatePublic",
        "erPercentile", "followerTier", "growthRate30", "raisedFlags", "dataAsOf", "calculatedAt",
    ];

    [Theory]
    [InlineData("sort=-relevance")]
    [InlineData("sort=handle&minRelevance=20")]
    [InlineData("sort=-erPercentile&platform=instagram&page=2&pageSize=1")]
    public async Task The_csv_has_the_header_and_the_rows_of_the_json_list_for_the_same_filters_and_sort(string query)
    {
        var admin = await factory.CreateAdminClientAsync();
        var tag = await SeedVariedAsync(admin);
        var filters = $"category={tag}&{query}";

        var table = CsvTable.Parse(await ListsApi.CsvAsync(admin, $"{InfluencerApi.Route}?{filters}"));
        var json = await AllPagesAsync(admin, filters);

        table[0].Should().Equal(Header);
        table.Skip(1).Select(row => row[0]).Should().Equal(json.Select(item => item["id"]!.GetValue<string>()), "every match in the same order, without paging");
        foreach (var (row, item) in table.Skip(1).Zip(json))
        {
            row.Should().Equal(Expected(item), item["handle"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task Cells_that_start_like_a_formula_are_neutralised_and_negative_numbers_are_not()
    {
        var admin = await factory.CreateAdminClientAsync();
        var tag = Tag();
        var names = new[] { "=HYPERLINK(\"http://evil.example\",\"click\")", "+1", "-x", "@y", "plain" };
        var ids = new List<Guid>();
        foreach (var (name, i) in names.Select((n, i) => (n, i)))
        {
            var handle = i == 2 ? $"-dash{tag}" : $"f{i}{tag}";
            ids.Add((await InfluencerApi.CreateAsync(admin, new { handle, platform = "instagram", displayName = name, categories = new[] { tag } }))["id"]!.GetValue<Guid>());
        }

        await ListsApi.SeedRunAsync(factory, ids[4], new RunFigures(-0.0, -1.5, null, -12.5, "micro", 0, [], At(1), At(2)));
        await factory.WithDbAsync(async db =>
        {
            // Through the API a display name is trimmed; stored ones may still start with a tab or CR.
            var tab = await db.Influencers.SingleAsync(i => i.Id == ids[3]);
            tab.DisplayName = "\t@SUM(A1)";
            var cr = await db.Influencers.SingleAsync(i => i.Id == ids[1]);
            cr.DisplayName = "\r=1+1";
            return await db.SaveChangesAsync();
        });

        var text = await ListsApi.CsvAsync(admin, $"{InfluencerApi.Route}?category={tag}&sort=handle");
        var rows = CsvTable.Parse(text).Skip(1).ToDictionary(r => Guid.Parse(r[0]));

        rows[ids[0]][3].Should().Be("'=HYPERLINK(\"http://evil.example\",\"click\")");
        rows[ids[1]][3].Should().Be("'\r=1+1");
        rows[ids[2]][3].Should().Be("'-x");
        rows[ids[2]][1].Should().Be($"'-dash{tag}", "a handle may start with '-' too");
        rows[ids[3]][3].Should().Be("'\t@SUM(A1)");
        rows[ids[4]][3].Should().Be("plain");
        rows[ids[4]][6].Should().Be("-1.5", "numbers are written plainly");
        rows[ids[4]][10].Should().Be("-12.5");
        text.Should().Contain(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",");
        (await factory.WithDbAsync(db => db.Influencers.Where(i => i.Id == ids[3]).Select(i => i.DisplayName).SingleAsync()))
            .Should().Be("\t@SUM(A1)", "only the export is neutralised, never the data");
    }

    [Fact]
    public async Task Text_with_a_comma_a_quote_or_a_line_break_is_quoted_as_rfc_4180_says()
    {
        var admin = await factory.CreateAdminClientAsync();
        var tag = Tag();
        var id = (await InfluencerApi.CreateAsync(admin, new { handle = $"q{tag}", platform = "instagram", displayName = "Chef, \"Maria\"", categories = new[] { tag } }))["id"]!.GetValue<Guid>();
        var other = (await InfluencerApi.CreateAsync(admin, new { handle = $"r{tag}", platform = "tiktok", displayName = "x", categories = new[] { tag } }))["id"]!.GetValue<Guid>();
        await factory.WithDbAsync(async db =>
        {
            (await db.Influencers.SingleAsync(i => i.Id == other)).DisplayName = "two\r\nlines";
            return await db.SaveChangesAsync();
        });

        var text = await ListsApi.CsvAsync(admin, $"{InfluencerApi.Route}?category={tag}&sort=handle");

        text.Should().Contain($"{id},q{tag},instagram,\"Chef, \"\"Maria\"\"\",");
        text.Should().Contain($"{other},r{tag},tiktok,\"two\r\nlines\",");
        var rows = CsvTable.Parse(text);
        rows.Should().HaveCount(3);
        rows[1][3].Should().Be("Chef, \"Maria\"");
        rows[2][3].Should().Be("two\r\nlines");
        text.Should().EndWith("\r\n");
    }

    [Fact]
    public async Task The_csv_is_an_attachment_in_utf8_without_bom_and_other_accepts_keep_the_json()
    {
        var admin = await factory.CreateAdminClientAsync();
        var tag = Tag();
        await InfluencerApi.CreateAsync(admin, new { handle = $"u{tag}", platform = "instagram", displayName = "São Paulo Café", categories = new[] { tag } });

        using var response = await admin.SendAsync(ListsApi.CsvRequest($"{InfluencerApi.Route}?category={tag}"));
        var bytes = await response.Content.ReadAsByteArrayAsync();

        response.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        response.Content.Headers.ContentType.CharSet.Should().Be("utf-8");
        response.Content.Headers.ContentDisposition!.DispositionType.Should().Be("attachment");
        response.Content.Headers.ContentDisposition.FileName.Should().Be("influencers.csv");
        bytes.Take(3).Should().Equal("id,"u8.ToArray(), "no byte-order mark: the first cell is the header's id");
        System.Text.Encoding.UTF8.GetString(bytes).Should().Contain("São Paulo Café");

        foreach (var accept in new[] { "application/json", "*/*", "application/json, text/csv" })
        {
            var request = new HttpRequestMessage(HttpMethod.Get, $"{InfluencerApi.Route}?category={tag}");
            request.Headers.Accept.ParseAdd(accept);
            using var json = await admin.SendAsync(request);
            json.Content.Headers.ContentType!.MediaType.Should().Be("application/json", accept);
            (await json.ReadJsonAsync())["totalCount"]!.GetValue<int>().Should().Be(1);
        }
    }

    [Fact]
    public async Task A_bad_filter_is_a_problem_400_and_no_token_is_401_as_for_the_json()
    {
        var admin = await factory.CreateAdminClientAsync();
        var analyst = await factory.CreateAnalystClientAsync();
        var anonymous = factory.CreateClient();

        using var bad = await admin.SendAsync(ListsApi.CsvRequest($"{InfluencerApi.Route}?sort=followersDesc&platform=myspace"));
        bad.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await bad.ReadProblemAsync()).ErrorKeys().Should().BeEquivalentTo("sort", "platform");

        foreach (var route in new[] { InfluencerApi.Route, $"{ListsApi.Route}/{Guid.NewGuid()}/items" })
        {
            using var refused = await anonymous.SendAsync(ListsApi.CsvRequest(route));
            refused.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
            refused.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json", "every error is problem details, a CSV request's too");
            (await refused.ReadProblemAsync())["title"]!.GetValue<string>().Should().Be("Unauthorized");
        }

        (await analyst.SendAsync(ListsApi.CsvRequest($"{InfluencerApi.Route}?category={Tag()}"))).StatusCode.Should().Be(HttpStatusCode.OK, "any signed-in user");
    }

    [Fact]
    public async Task A_saved_lists_csv_has_its_influencers_in_the_order_added_as_the_catalogue_writes_them()
    {
        var admin = await factory.CreateAdminClientAsync();
        var analyst = await factory.CreateAnalystClientAsync();
        var tag = await SeedVariedAsync(admin);
        var catalogue = CsvTable.Parse(await ListsApi.CsvAsync(admin, $"{InfluencerApi.Route}?category={tag}&sort=handle")).Skip(1).ToList();
        var listId = await ListsApi.CreateIdAsync(analyst, "Summer campaign: São Paulo");
        var order = new[] { catalogue[3], catalogue[0], catalogue[2] };
        await ListsApi.AddedAsync(analyst, listId, [.. order.Select(r => Guid.Parse(r[0]))]);

        using var response = await analyst.SendAsync(ListsApi.CsvRequest($"{ListsApi.Route}/{listId}/items"));
        var table = CsvTable.Parse(await response.Content.ReadAsStringAsync());

        table[0].Should().Equal(Header);
        table.Skip(1).Should().BeEquivalentTo(order, options => options.WithStrictOrdering());
        response.Content.Headers.ContentDisposition!.FileNameStar.Should().Be("Summer-campaign-São-Paulo.csv");

        var empty = await ListsApi.CreateIdAsync(analyst, "Empty");
        CsvTable.Parse(await ListsApi.CsvAsync(analyst, $"{ListsApi.Route}/{empty}/items")).Should().ContainSingle().Which.Should().Equal(Header);
    }

    [Fact]
    public async Task The_openapi_document_declares_csv_beside_the_json_of_both_exports()
    {
        var document = await (await factory.CreateClient().GetAsync("/swagger/v1/swagger.json")).ReadJsonAsync();

        foreach (var path in new[] { "/api/influencers", "/api/lists/{id}/items" })
        {
            var content = document["paths"]![path]!["get"]!["responses"]!["200"]!["content"]!.AsObject();
            content.Select(c => c.Key).Should().Equal(["application/json", "text/csv"], path);
            content["text/csv"]!["schema"]!["type"]!.GetValue<string>().Should().Be("string");
        }
    }

    /// <summary>Six influencers in a new category, on two platforms, with runs of varied figures (one without a run).</summary>
    private async Task<string> SeedVariedAsync(HttpClient admin)
    {
        var tag = Tag();
        var figures = new RunFigures?[]
        {
            new(81.25, 3.5, 2.75, 1.2, "micro", 64.3, ["followerSpike", "massFollowing"], At(1), At(2)),
            new(12.0, 0.8, null, -3.4, "nano", 10, [], At(2), At(3)),
            new(45.5, 1.0000001, 0.00001, 0.0, "mid", null, ["lowEngagementForTier"], At(3), null),
            null,
            new(99.9, 12.5, 11, 45.678, "mega", 100, [], At(1), At(1)),
            new(30, null, null, null, null, null, [], At(4), At(5)),
        };
        for (var i = 0; i < figures.Length; i++)
        {
            var id = (await InfluencerApi.CreateAsync(admin, new
            {
                handle = $"v{i}{tag}", platform = i == 1 ? "tiktok" : "instagram", displayName = i == 3 ? null : $"Creator {i}",
                followers = (long)(1_000 * (i + 1)), categories = new[] { tag },
            }))["id"]!.GetValue<Guid>();
            if (figures[i] is { } run)
            {
                await ListsApi.SeedRunAsync(factory, id, run);
            }
        }

        return tag;
    }

    private static async Task<List<JsonObject>> AllPagesAsync(HttpClient client, string filters)
    {
        var withoutPaging = string.Join('&', filters.Split('&').Where(p => !p.StartsWith("page", StringComparison.Ordinal)));
        var page = await (await client.GetAsync($"{InfluencerApi.Route}?{withoutPaging}&pageSize=100")).ReadJsonAsync();
        return [.. page["items"]!.AsArray().Select(i => i!.AsObject())];
    }

    /// <summary>The row the export should write for a JSON list item: the same values, numbers read back as numbers.</summary>
    private static string[] Expected(JsonObject item)
    {
        var metrics = item["metrics"];
        return
        [
            item["id"]!.GetValue<string>(),
            item["handle"]!.GetValue<string>(),
            item["platform"]!.GetValue<string>(),
            item["displayName"]?.GetValue<string>() ?? "",
            Number(item["followers"]),
            Number(metrics?["relevance"]?["overall"]),
            Number(metrics?["engagement"]?["engagementRate"]),
            Number(metrics?["engagement"]?["engagementRatePublic"]),
            Number(item["erPercentile"]),
            item["followerTier"]?.GetValue<string>() ?? "",
            Number(metrics?["growth"]?["growthRate30"]),
            item["raisedFlags"] is JsonArray flags ? string.Join(';', flags.Select(f => f!.GetValue<string>())) : "",
            item["dataAsOf"]?.GetValue<string>() ?? "",
            metrics?["calculatedAt"]?.GetValue<string>() ?? "",
        ];
    }

    /// <summary>The JSON number as the CSV writes it: the same double, in plain invariant digits.</summary>
    private static string Number(JsonNode? node) =>
        node is null ? "" : decimal.Parse(node.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);

    private static DateTime At(int daysAgo) => ApiFactory.Start.UtcDateTime.AddDays(-daysAgo).AddMilliseconds(daysAgo * 137);

    private static string Tag() => $"x{Guid.NewGuid():N}"[..12];
}
