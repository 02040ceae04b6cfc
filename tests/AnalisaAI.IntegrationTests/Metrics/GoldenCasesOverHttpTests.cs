using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AnalisaAI.IntegrationTests.Infrastructure;

namespace AnalisaAI.IntegrationTests.Metrics;

/// <summary>
/// Every worked case of metrics-golden.json through the whole app: create the influencer, ingest its data,
/// recalculate at the case's instant and read the numbers back over HTTP, within 1e-6.
/// </summary>
public sealed class GoldenCasesOverHttpTests
{
    private const double Tolerance = 1e-6;

    public static TheoryData<string> CaseNames()
    {
        var data = new TheoryData<string>();
        foreach (var golden in LoadCases())
        {
            data.Add(golden["name"]!.GetValue<string>());
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Case_is_met_through_the_api(string name)
    {
        var golden = LoadCases().Single(c => c["name"]!.GetValue<string>() == name);
        await using var factory = new GoldenCaseFactory(golden);
        factory.Time.SetUtcNow(DateTimeOffset.Parse(golden["calculatedAt"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture));
        var admin = await factory.CreateAdminClientAsync();

        var influencer = golden["influencer"]!;
        var created = await admin.PostAsJsonAsync("/api/influencers", new
        {
            handle = name,
            platform = influencer["platform"]!.GetValue<string>(),
            followers = influencer["followers"]!.GetValue<long>(),
            following = influencer["following"]?.GetValue<long>(),
        });
        created.StatusCode.Should().Be(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var id = (await created.ReadJsonAsync())["id"]!.GetValue<string>();

        await IngestAsync(admin, id, "posts", golden["posts"]!.AsArray());
        await IngestAsync(admin, id, "stories", golden["stories"]!.AsArray());
        await IngestAsync(admin, id, "audience-snapshots", golden["snapshots"]!.AsArray());

        var accepted = await admin.PostAsync($"/api/influencers/{id}/metrics/recalculate", null);
        accepted.StatusCode.Should().Be(HttpStatusCode.Accepted);
        var runId = (await accepted.ReadJsonAsync())["runId"]!.GetValue<string>();

        var response = await TestData.EventuallyAsync(
            () => admin.GetAsync($"/api/influencers/{id}/metrics"), r => r.StatusCode == HttpStatusCode.OK);
        response.StatusCode.Should().Be(HttpStatusCode.OK, "the recalculation should succeed");
        var metrics = await response.ReadJsonAsync();

        metrics["runId"]!.GetValue<string>().Should().Be(runId);
        DateTimeOffset.Parse(metrics["calculatedAt"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture)
            .Should().Be(factory.Time.GetUtcNow(), "T is read from the injected clock and returned exactly");
        var expected = golden["expected"]!.AsObject();
        foreach (var (group, fields) in expected)
        {
            foreach (var (field, value) in fields!.AsObject())
            {
                AssertField($"{group}.{field}", metrics[group]![field], value);
            }

            // Part 2 adds engagement fields, checked by the v2 cases (GoldenV2CasesOverHttpTests).
            metrics[group]!.AsObject().Select(p => p.Key).Except(GoldenV2Fields.EngagementAdded).Should().BeEquivalentTo(
                fields.AsObject().Select(p => p.Key), $"{group} has exactly the fields of metrics.md");
        }
    }

    private static async Task IngestAsync(HttpClient admin, string id, string kind, JsonArray items)
    {
        if (items.Count == 0)
        {
            return;
        }

        var response = await admin.PostAsJsonAsync($"/api/influencers/{id}/{kind}", new { items });
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    private static void AssertField(string path, JsonNode? actual, JsonNode? expected)
    {
        if (expected is null)
        {
            actual.Should().BeNull(path);
        }
        else if (expected is JsonArray array)
        {
            actual!.AsArray().Select(n => n!.GetValue<string>()).Should()
                .Equal(array.Select(n => n!.GetValue<string>()), path);
        }
        else
        {
            actual.Should().NotBeNull(path);
            actual!.GetValue<double>().Should().BeApproximately(expected.GetValue<double>(), Tolerance, path);
        }
    }

    private static List<JsonNode> LoadCases() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "metrics-golden.json")))!["cases"]!
            .AsArray().Select(c => c!).ToList();

    private sealed class GoldenCaseFactory(JsonNode golden) : ApiFactory
    {
        protected override Dictionary<string, string?> Settings()
        {
            var settings = base.Settings();
            settings["Metrics:WindowDays"] = golden["windowDays"]!.GetValue<int>().ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (golden["weights"] is JsonObject weights)
            {
                foreach (var (key, value) in weights)
                {
                    var name = char.ToUpperInvariant(key[0]) + key[1..];
                    settings[$"Metrics:Relevance:Weights:{name}"] = value!.GetValue<double>().ToString(System.Globalization.CultureInfo.InvariantCulture);
                }
            }

            return settings;
        }
    }
}
