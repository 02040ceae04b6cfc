using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using AnalisaAI.Api.Features.Influencers;
using AnalisaAI.Api.Features.Metrics.Relevance;
using AnalisaAI.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AnalisaAI.IntegrationTests.Influencers;

/// <summary>
/// A database with runs stored before the list kept engagement rate, 30-day growth and known components on the
/// influencer row, migrated on start: the migration fills them from each influencer's latest run.
/// </summary>
public sealed class ListFiguresBackfillTests
{
    /// <summary>The migration before ListFigures (its name, the same for every provider).</summary>
    public const string MigrationBeforeListFigures = "CatalogueFigures";

    /// <summary>Stored estimated components (comma-separated) per influencer: none, one, three.</summary>
    public static readonly string[][] Estimated = [[], ["reach"], ["reach", "consistency", "audienceQuality"]];

    [Fact]
    public async Task Influencers_with_runs_stored_before_get_their_latest_runs_figures()
    {
        string databasePath;
        string adminPassword;
        List<Guid> ids;
        await using (var first = new ApiFactory { KeepDatabase = true })
        {
            databasePath = first.DatabasePath;
            adminPassword = first.AdminPassword;
            var admin = await first.CreateAdminClientAsync();
            ids = await first.AddInfluencersAsync(4);
            foreach (var id in ids.Take(3))
            {
                await TestData.RecalculateAsync(admin, id);
            }

            await first.WithDbAsync(async db =>
            {
                await SetEstimatedAsync(db, ids);

                // Back to the schema of before: the runs keep their results, the rows lose the new columns.
                await db.GetService<IMigrator>().MigrateAsync(MigrationBeforeListFigures);
                return 0;
            });
        }

        try
        {
            await using var second = new ConfiguredApiFactory(new Dictionary<string, string?> { ["ConnectionStrings:Default"] = $"Data Source={databasePath}" });
            var client = second.CreateClient();
            var tokens = await client.LoginAsync(ApiFactory.AdminEmail, adminPassword);
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.AccessToken);

            var items = (await (await client.GetAsync("/api/influencers?sort=-engagementRate")).ReadJsonAsync())["items"]!.AsArray()
                .ToDictionary(i => i!["id"]!.GetValue<Guid>(), i => i!);
            var rows = await second.WithDbAsync(db => db.Influencers.AsNoTracking().ToDictionaryAsync(i => i.Id));
            AssertBackfilled(ids, items, rows);
        }
        finally
        {
            ApiFactory.DeleteDatabase(databasePath);
        }
    }

    /// <summary>Gives the latest runs of the first three influencers the <see cref="Estimated"/> components, as if their runs had estimated them.</summary>
    internal static async Task SetEstimatedAsync(Api.Infrastructure.Persistence.AppDbContext db, IReadOnlyList<Guid> ids)
    {
        for (var index = 0; index < Estimated.Length; index++)
        {
            var id = ids[index];
            var result = await db.Set<RelevanceResult>().SingleAsync(r => r.InfluencerId == id);
            db.Entry(result).ComplexProperty(r => r.Metrics).CurrentValue = result.Metrics with { EstimatedComponents = Estimated[index] };
        }

        await db.SaveChangesAsync();
    }

    /// <summary>Each row's new columns are its latest run's; the item shows the same; an influencer without a run has none.</summary>
    internal static void AssertBackfilled(IReadOnlyList<Guid> ids, IReadOnlyDictionary<Guid, JsonNode> items, IReadOnlyDictionary<Guid, Influencer> rows)
    {
        for (var index = 0; index < Estimated.Length; index++)
        {
            var item = items[ids[index]];
            var metrics = item["metrics"]!;
            metrics["relevance"]!["estimatedComponents"]!.AsArray().Select(c => c!.GetValue<string>()).Should().Equal(Estimated[index]);
            item["knownComponents"]!.GetValue<int>().Should().Be(5 - Estimated[index].Length);
            rows[ids[index]].KnownComponents.Should().Be(5 - Estimated[index].Length);
            rows[ids[index]].EngagementRate.Should().Be(metrics["engagement"]!["engagementRate"]!.GetValue<double>());
            rows[ids[index]].GrowthRate30.Should().Be(metrics["growth"]!["growthRate30"]!.GetValue<double>());
        }

        var never = rows[ids[3]];
        (never.KnownComponents, never.EngagementRate, never.GrowthRate30).Should().Be((0, (double?)null, (double?)null));
        items[ids[3]]["knownComponents"]!.GetValue<int>().Should().Be(0);
        items.Keys.Last().Should().Be(ids[3], "an influencer without an engagement rate sorts last descending");
    }
}
