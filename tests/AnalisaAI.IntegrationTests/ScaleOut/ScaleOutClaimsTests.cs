using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AnalisaAI.Api.Features.MetricsUpdate.Runs;
using AnalisaAI.IntegrationTests.Infrastructure;

namespace AnalisaAI.IntegrationTests.ScaleOut;

/// <summary>Logins on several instances claim stale influencers from one database: never the same one twice.</summary>
[Collection(ScaleOutCollection.Name)]
public sealed class ScaleOutClaimsTests
{
    private static readonly Dictionary<string, string> AutomaticUpdate = new() { ["MetricsUpdate__Enabled"] = "true" };

    [PostgresFact]
    public async Task Four_concurrent_logins_spread_over_two_instances_update_twenty_influencers_exactly_once_each()
    {
        await using var cluster = await ScaleOutCluster.CreateAsync();
        var a = await cluster.StartReadyAsync("A", AutomaticUpdate);
        var b = await cluster.StartReadyAsync("B", AutomaticUpdate);
        var ids = await cluster.AddInfluencersAsync(20);

        var logins = await Task.WhenAll(new[] { a, a, b, b }.Select(instance => LoginAsync(cluster, instance)));

        logins.Should().OnlyContain(status => status == HttpStatusCode.OK);
        var runs = await TestData.EventuallyAsync(cluster.RunsAsync, r => r.Count(run => run.Status != RunStatus.Running) >= 20, seconds: 60);
        runs.Should().HaveCount(20).And.OnlyContain(r => r.Trigger == RunTrigger.Login && r.Status == RunStatus.Succeeded,
            $"A:\n{a.Tail()}\nB:\n{b.Tail()}");
        runs.Select(r => r.InfluencerId).Should().BeEquivalentTo(ids, "each influencer is updated exactly once");
        ClaimedBy(a).Should().NotBeEmpty();
        ClaimedBy(b).Should().NotBeEmpty();
        ClaimedBy(a).Intersect(ClaimedBy(b)).Should().BeEmpty();
    }

    [PostgresFact]
    public async Task Claims_from_two_instances_under_load_never_overlap()
    {
        await using var cluster = await ScaleOutCluster.CreateAsync();
        var a = await cluster.StartReadyAsync("A", AutomaticUpdate);
        var b = await cluster.StartReadyAsync("B", AutomaticUpdate);
        var ids = await cluster.AddInfluencersAsync(120);

        // 24 logins at once, 12 per instance, each claiming 5 of the 120 stale influencers.
        var logins = await Task.WhenAll(Enumerable.Range(0, 24).Select(i => LoginAsync(cluster, i % 2 == 0 ? a : b)));

        logins.Should().OnlyContain(status => status == HttpStatusCode.OK);
        var claims = await TestData.EventuallyAsync(
            () => Task.FromResult(ClaimedBy(a).Concat(ClaimedBy(b)).ToList()), c => c.Count >= ids.Count, seconds: 30);
        claims.Should().OnlyHaveUniqueItems("no influencer is claimed by two logins, on one instance or on two");
        claims.Should().BeEquivalentTo(ids, "24 logins of 5 claim all 120");
        ClaimedBy(a).Should().NotBeEmpty();
        ClaimedBy(b).Should().NotBeEmpty();
    }

    private static async Task<HttpStatusCode> LoginAsync(ScaleOutCluster cluster, ApiProcess instance)
    {
        using var response = await instance.Client.PostAsJsonAsync("/api/auth/login",
            new { email = ScaleOutCluster.AdminEmail, password = cluster.AdminPassword });
        return response.StatusCode;
    }

    /// <summary>The influencers an instance's logins claimed, from its "Starting automatic metrics update" log events.</summary>
    private static List<Guid> ClaimedBy(ApiProcess instance) =>
        instance.Events()
            .Where(e => e.Message.StartsWith("Starting automatic metrics update", StringComparison.Ordinal))
            .SelectMany(e => IdsIn(e.Properties.GetProperty("InfluencerIds")))
            .ToList();

    /// <summary>The ids as logged: a JSON array, which the log's formatter writes as a string holding the array.</summary>
    private static List<Guid> IdsIn(JsonElement ids) =>
        ids.ValueKind == JsonValueKind.String
            ? JsonSerializer.Deserialize<List<Guid>>(ids.GetString()!)!
            : ids.EnumerateArray().Select(id => id.GetGuid()).ToList();
}
