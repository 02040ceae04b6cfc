using System.Net;
using AnalisaAI.IntegrationTests.Infrastructure;
using AnalisaAI.IntegrationTests.Influencers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AnalisaAI.IntegrationTests.ScaleOut;

/// <summary>
/// On live PostgreSQL, which sorts nulls as the highest value: the list still puts a missing value lowest (first
/// ascending, last descending), as on SQLite and SQL Server; and the ListFigures migration fills the new columns
/// of a database with runs stored.
/// </summary>
[Collection(ScaleOutCollection.Name)]
public sealed class ListFiguresOnPostgresTests
{
    /// <summary>One value per influencer, null for unknown: two unknown, three known and all different.</summary>
    private static readonly int?[] Values = [null, 1, 3, null, 2];

    [PostgresFact]
    public async Task Every_sort_puts_missing_values_lowest()
    {
        await using var cluster = await ScaleOutCluster.CreateAsync();
        var instance = await cluster.StartReadyAsync("sorts");
        var ids = await cluster.AddInfluencersAsync(Values.Length);
        await using (var db = cluster.Db())
        {
            var epoch = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
            for (var index = 0; index < ids.Count; index++)
            {
                var id = ids[index];
                var value = Values[index];
                await db.Influencers.Where(i => i.Id == id).ExecuteUpdateAsync(set => set
                    .SetProperty(i => i.RelevanceOverall, value)
                    .SetProperty(i => i.UpdatedAt, value is { } days ? epoch.AddDays(days) : null)
                    .SetProperty(i => i.DataAsOf, value is { } days2 ? epoch.AddDays(days2) : null)
                    .SetProperty(i => i.EngagementRate, value)
                    .SetProperty(i => i.Followers, value is { } followers ? followers * 1_000L : null)
                    .SetProperty(i => i.GrowthRate30, value is { } growth ? growth - 2.5 : null)
                    .SetProperty(i => i.ErPercentile, value)
                    .SetProperty(i => i.KnownComponents, 5));
            }
        }

        var client = await cluster.AdminClientAsync(instance);
        var unknown = ids.Where((_, index) => Values[index] is null).ToList();
        var known = ids.Select((id, index) => (Id: id, Value: Values[index])).Where(v => v.Value is not null).OrderBy(v => v.Value).Select(v => v.Id).ToList();
        foreach (var key in new[] { "relevance", "updatedAt", "dataAsOf", "engagementRate", "followers", "growth30", "erPercentile" })
        {
            var ascending = await IdsAsync(client, $"sort={key}");
            ascending.Take(unknown.Count).Should().BeEquivalentTo(unknown, $"{key}: missing values come first ascending");
            ascending.Skip(unknown.Count).Should().Equal(known, key);

            var descending = await IdsAsync(client, $"sort=-{key}");
            descending.Take(known.Count).Should().Equal(Enumerable.Reverse(known), key);
            descending.Skip(known.Count).Should().BeEquivalentTo(unknown, $"{key}: missing values come last descending");
        }

        (await IdsAsync(client, "minFollowers=0&maxFollowers=2000")).Should().BeEquivalentTo([ids[1], ids[4]]);
        (await IdsAsync(client, "minEngagementRate=1.5")).Should().BeEquivalentTo([ids[4], ids[2]]);
    }

    [PostgresFact]
    public async Task The_migration_fills_the_list_figures_from_the_latest_runs()
    {
        await using var cluster = await ScaleOutCluster.CreateAsync();
        var first = await cluster.StartReadyAsync("before");
        var ids = await cluster.AddInfluencersAsync(4);
        var admin = await cluster.AdminClientAsync(first);
        foreach (var id in ids.Take(3))
        {
            await TestData.RecalculateAsync(admin, id);
        }

        first.Kill();
        await using (var db = cluster.Db())
        {
            await ListFiguresBackfillTests.SetEstimatedAsync(db, ids);
            await db.GetService<IMigrator>().MigrateAsync(ListFiguresBackfillTests.MigrationBeforeListFigures);
        }

        var second = await cluster.StartReadyAsync("after");
        var client = await cluster.AdminClientAsync(second);
        var items = (await (await client.GetAsync("/api/influencers?sort=-engagementRate")).ReadJsonAsync())["items"]!.AsArray()
            .ToDictionary(i => i!["id"]!.GetValue<Guid>(), i => i!);
        await using var migrated = cluster.Db();
        var rows = await migrated.Influencers.AsNoTracking().ToDictionaryAsync(i => i.Id);
        ListFiguresBackfillTests.AssertBackfilled(ids, items, rows);
    }

    private static async Task<List<Guid>> IdsAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync($"/api/influencers?{query}&pageSize=100");
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return [.. (await response.ReadJsonAsync())["items"]!.AsArray().Select(i => i!["id"]!.GetValue<Guid>())];
    }
}
