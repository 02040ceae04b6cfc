using System.Diagnostics;
using System.Net;
using AnalisaAI.Api.Features.MetricsUpdate.Runs;
using AnalisaAI.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace AnalisaAI.IntegrationTests.ScaleOut;

/// <summary>
/// Manual runs on PostgreSQL, several instances: an acknowledged recalculation survives the death of the
/// instance that was running it (the heartbeat puts it back in the queue), and one influencer's runs never
/// overlap across instances.
/// </summary>
[Collection(ScaleOutCollection.Name)]
public sealed class FailoverTests(ITestOutputHelper output)
{
    private const string RunStarted = "Starting metrics update in background";

    [PostgresFact]
    public async Task Twenty_recalculations_acknowledged_by_an_instance_that_is_killed_all_complete_on_another_within_60_seconds()
    {
        await using var cluster = await ScaleOutCluster.CreateAsync();
        using var hanging = new HangingEndpoint();

        // A's profile stage calls a social-data API that never answers, so A's runs are in flight when it dies.
        var a = await cluster.StartReadyAsync("A", new Dictionary<string, string>
        {
            ["SocialData__Source"] = "InstagramGraph",
            ["SocialData__InstagramGraph__BaseUrl"] = hanging.BaseUrl,
            ["SocialData__InstagramGraph__AccessToken"] = "test-token-not-a-secret",
            ["SocialData__InstagramGraph__BusinessAccountId"] = "1",
        });
        var ids = await cluster.AddInfluencersAsync(20);
        using var admin = await cluster.AdminClientAsync(a);

        var runIds = new List<Guid>();
        foreach (var id in ids)
        {
            var response = await admin.PostAsync($"/api/influencers/{id}/metrics/recalculate", null);
            response.StatusCode.Should().Be(HttpStatusCode.Accepted);
            runIds.Add((await response.ReadJsonAsync())["runId"]!.GetValue<Guid>());
        }

        (await TestData.EventuallyAsync(() => Task.FromResult(hanging.Connections), held => held >= 1)).Should().BeGreaterThanOrEqualTo(1,
            "A is running manual runs it acknowledged");
        var b = await cluster.StartReadyAsync("B");
        var inFlightOnA = StartedRuns(a).Select(e => e.InfluencerId).Distinct().ToList();

        var killedAt = DateTimeOffset.UtcNow;
        var sinceKill = Stopwatch.StartNew();
        a.Kill();
        var runs = await TestData.EventuallyAsync(cluster.RunsAsync,
            r => runIds.All(id => r.Any(run => run.Id == id && run.Status == RunStatus.Succeeded)), seconds: 60);
        var failover = sinceKill.Elapsed;
        output.WriteLine($"Failover: all 20 acknowledged recalculations succeeded {failover.TotalSeconds:0.0} s after instance A was killed " +
            $"({inFlightOnA.Count} were in flight on A and run again by B).");

        runs.Where(r => runIds.Contains(r.Id)).Should().HaveCount(20).And.OnlyContain(r => r.Status == RunStatus.Succeeded, b.Tail());
        failover.Should().BeLessThan(TimeSpan.FromSeconds(60));
        inFlightOnA.Should().NotBeEmpty();
        var onB = StartedRuns(b);
        onB.Select(e => e.InfluencerId).Should().Contain(inFlightOnA, "B runs again the runs A was running");

        // Never on two instances at once: B starts A's runs only after A is gone, and runs each once.
        onB.Where(e => inFlightOnA.Contains(e.InfluencerId)).Should().OnlyContain(e => e.At >= killedAt);
        onB.GroupBy(e => e.InfluencerId).Should().OnlyContain(g => g.Count() == 1);
    }

    [PostgresFact]
    public async Task One_influencers_job_never_runs_on_two_instances_at_once()
    {
        await using var cluster = await ScaleOutCluster.CreateAsync();
        var a = await cluster.StartReadyAsync("A");
        var b = await cluster.StartReadyAsync("B");
        var ids = await cluster.AddInfluencersAsync(5);
        using var adminA = await cluster.AdminClientAsync(a);
        using var adminB = await cluster.AdminClientAsync(b);

        // Rounds of requests for the same five influencers on both instances at once.
        for (var round = 0; round < 15; round++)
        {
            var requests = ids.SelectMany(id => new[] { adminA, adminB }.Select(client =>
                client.PostAsync($"/api/influencers/{id}/metrics/recalculate", null)));
            var responses = await Task.WhenAll(requests);
            responses.Should().OnlyContain(r => r.StatusCode == HttpStatusCode.Accepted, $"A said:\n{ErrorsOf(a)}\nB said:\n{ErrorsOf(b)}");
            await Task.Delay(50);
        }

        var runs = await TestData.EventuallyAsync(cluster.RunsAsync, r => r.All(run => run.Status != RunStatus.Running), seconds: 60);

        runs.Should().OnlyContain(r => r.Status == RunStatus.Succeeded);
        foreach (var influencer in runs.GroupBy(r => r.InfluencerId))
        {
            var ordered = influencer.OrderBy(r => r.StartedAt).ToList();
            for (var i = 1; i < ordered.Count; i++)
            {
                ordered[i].StartedAt.Should().BeOnOrAfter(ordered[i - 1].FinishedAt!.Value,
                    $"run {ordered[i].Id} of influencer {influencer.Key} started while run {ordered[i - 1].Id} was running");
            }
        }

        // Which instance takes a waiting run is a race (concurrent manual requests share one run, so there are
        // few, and one instance may take them all); that another instance does run them is shown by the
        // failover test.
        (StartedRuns(a).Count + StartedRuns(b).Count).Should().Be(runs.Count, "every run was started once, on one of the instances");
        output.WriteLine($"{runs.Count} runs of 5 influencers: {StartedRuns(a).Count} on A, {StartedRuns(b).Count} on B, none overlapping.");
    }

    private static string ErrorsOf(ApiProcess instance) =>
        string.Join('\n', instance.Events().Where(e => e.Property("@l") is "Error" or "Fatal")
            .Select(e => $"{e.Message} {e.Property("@x")}".Split('\n')[0]));

    private static List<(Guid InfluencerId, DateTimeOffset At)> StartedRuns(ApiProcess instance) =>
        instance.Events()
            .Where(e => e.Message.StartsWith(RunStarted, StringComparison.Ordinal))
            .Select(e => (Guid.Parse(e.Property("InfluencerId")!), e.Timestamp))
            .ToList();
}
