using System.Net;
using System.Text.Json.Nodes;
using AnalisaAI.Api.Features.MetricsUpdate.Claims;
using AnalisaAI.Api.Features.MetricsUpdate.Runs;
using AnalisaAI.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace AnalisaAI.IntegrationTests.Influencers;

/// <summary>
/// List items say whether a run of the influencer is pending: queued (a manual run waiting for a run slot, or an
/// influencer claimed for a login, refresh or sweep) or running. One run slot, and a source that holds the first
/// run in its profile step until the test lets it go.
/// </summary>
public sealed class PendingRunTests(PendingRunTests.OneSlotFactory factory) : IClassFixture<PendingRunTests.OneSlotFactory>
{
    [Fact]
    public async Task Pending_while_a_manual_run_is_queued_or_running_and_not_after()
    {
        var admin = await factory.CreateAdminClientAsync();
        var ids = await factory.AddInfluencersAsync(3);
        (await PendingAsync(admin, ids)).Should().Equal(false, false, false);

        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        factory.Source.Gate = gate;
        try
        {
            await RequestAsync(admin, ids[0]);
            await TestData.EventuallyAsync(() => Task.FromResult(factory.Source.Calls), calls => calls.Contains(ids[0]));
            await RequestAsync(admin, ids[1]);

            // The first runs (held in its profile step); the second waits for the one run slot, in the run log's queue.
            var runs = await factory.RunsAsync();
            runs.Single(r => r.InfluencerId == ids[0]).InstanceId.Should().NotBeNull("it runs");
            runs.Single(r => r.InfluencerId == ids[1]).Should().Match<MetricRun>(r => r.Status == RunStatus.Running && r.InstanceId == null, "it is queued");
            (await PendingAsync(admin, ids)).Should().Equal(true, true, false);
        }
        finally
        {
            factory.Source.Gate = null;
            gate.SetResult();
        }

        foreach (var id in ids.Take(2))
        {
            await TestData.EventuallyAsync(() => admin.GetAsync($"{InfluencerApi.Route}/{id}/metrics"), r => r.StatusCode == HttpStatusCode.OK);
        }

        (await PendingAsync(admin, ids)).Should().Equal(false, false, false);
    }

    [Fact]
    public async Task Pending_while_claimed_for_an_automatic_run_and_not_once_released()
    {
        var admin = await factory.CreateAdminClientAsync();
        var ids = await factory.AddInfluencersAsync(2);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var claims = scope.ServiceProvider.GetRequiredService<ClaimStore>();
            var claimed = await claims.ClaimAsync(10, CancellationToken.None);
            claimed.Should().Contain(ids);
            (await PendingAsync(admin, ids)).Should().Equal(true, true);

            await claims.ReleaseAsync([ids[0]], CancellationToken.None);
            (await PendingAsync(admin, ids)).Should().Equal(false, true);
            await claims.ReleaseAsync(claimed, CancellationToken.None);
        }

        // A claim that expired belongs to a run that died: nothing is pending.
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ClaimStore>().ClaimAsync(10, CancellationToken.None);
        }

        factory.Time.Advance(TimeSpan.FromMinutes(11));
        (await PendingAsync(admin, ids)).Should().Equal(false, false);
    }

    private static async Task RequestAsync(HttpClient admin, Guid id) =>
        (await admin.PostAsync($"{InfluencerApi.Route}/{id}/metrics/recalculate", null)).StatusCode.Should().Be(HttpStatusCode.Accepted);

    /// <summary>pendingRun of each influencer, in the order of <paramref name="ids"/>, from one list page.</summary>
    private static async Task<List<bool>> PendingAsync(HttpClient client, IReadOnlyList<Guid> ids)
    {
        var response = await client.GetAsync($"{InfluencerApi.Route}?pageSize=100");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var items = (await response.ReadJsonAsync())["items"]!.AsArray().ToDictionary(i => i!["id"]!.GetValue<Guid>(), i => (JsonNode)i!);
        return [.. ids.Select(id => items[id]["pendingRun"]!.GetValue<bool>())];
    }

    /// <summary>A controllable source and one run slot; no automatic update (only the tests' own runs and claims).</summary>
    public sealed class OneSlotFactory : ControlledSourceApiFactory
    {
        protected override Dictionary<string, string?> Settings()
        {
            var settings = base.Settings();
            settings["MetricsUpdate:Enabled"] = "false";
            settings["MetricsUpdate:Budget:Concurrency"] = "1";
            return settings;
        }
    }
}
