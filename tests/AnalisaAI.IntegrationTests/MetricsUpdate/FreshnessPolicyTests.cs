using System.Net;
using AnalisaAI.Api.Features.MetricsUpdate.Runs;
using AnalisaAI.IntegrationTests.Infrastructure;

namespace AnalisaAI.IntegrationTests.MetricsUpdate;

/// <summary>The catalogue stays fresh without logins (the sweep), and what users look at is refreshed first.</summary>
public sealed class FreshnessPolicyTests
{
    [Fact]
    public async Task With_no_logins_at_all_the_sweep_brings_a_stale_catalogue_up_to_date()
    {
        await using var factory = new SweepingFactory();
        var ids = await factory.AddInfluencersAsync(12);
        factory.CreateClient();

        var runs = await TestData.EventuallyAsync(() => factory.RunsAsync(),
            r => r.Count(x => x.Status == RunStatus.Succeeded) == 12, seconds: 60);

        runs.Should().OnlyContain(r => r.Trigger == RunTrigger.Sweep && r.Status == RunStatus.Succeeded);
        runs.Select(r => r.InfluencerId).Should().BeEquivalentTo(ids, "every influencer was overdue and nobody logged in");
        factory.Logs.Lines.Should().Contain(l => l.Message.StartsWith("Starting metrics update sweep", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_viewed_influencer_past_its_hot_target_is_picked_before_older_unviewed_ones()
    {
        await using var factory = new OneAtATimeFactory();
        var now = factory.Time.GetUtcNow().UtcDateTime;

        // Unviewed ones updated 5 and 3 hours ago (under their 24 h target); X 90 minutes ago (over its 1 h target once viewed).
        var ids = await factory.AddInfluencersAsync(3, i => now.AddMinutes(i switch { 0 => -300, 1 => -180, _ => -90 }));
        var viewed = ids[2];
        var admin = await factory.CreateAdminClientAsync();
        await TestData.EventuallyAsync(() => factory.RunsAsync(), r => r.Count == 1 && r[0].Status != RunStatus.Running);
        var before = (await factory.RunsAsync()).Single();
        before.InfluencerId.Should().Be(ids[0], "unviewed, the oldest is the most overdue");

        (await admin.GetAsync($"/api/influencers/{viewed}")).StatusCode.Should().Be(HttpStatusCode.OK);
        await TestData.EventuallyAsync(() => factory.WithDbAsync(db => Task.FromResult(db.Influencers
            .Where(i => i.Id == viewed).Select(i => Microsoft.EntityFrameworkCore.EF.Property<DateTime?>(i, "LastViewedAt")).Single())), at => at != null);
        await admin.LoginAsync(ApiFactory.AdminEmail, factory.AdminPassword);

        var runs = await TestData.EventuallyAsync(() => factory.RunsAsync(), r => r.Count == 2 && r.All(x => x.Status != RunStatus.Running));
        runs.Single(r => r.Id != before.Id).InfluencerId.Should().Be(viewed, "viewed in the last day, 90 minutes is 1.5 times its target: more overdue than 3 of 24 hours");
    }

    [Fact]
    public async Task Concurrent_manual_requests_share_one_run_and_it_finishes()
    {
        await using var factory = new ControlledSourceApiFactory();
        var id = (await factory.AddInfluencersAsync(1))[0];
        var admin = await factory.CreateAdminClientAsync();
        factory.Source.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var answers = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => admin.PostAsync($"/api/influencers/{id}/metrics/recalculate", null)));

        answers.Should().OnlyContain(a => a.StatusCode == HttpStatusCode.Accepted);
        var runIds = await Task.WhenAll(answers.Select(async a => (await a.ReadJsonAsync())["runId"]!.GetValue<Guid>()));
        runIds.Distinct().Should().ContainSingle("a request while a manual run is pending gets that run");
        factory.Source.Gate.SetResult();
        var runs = await TestData.EventuallyAsync(() => factory.RunsAsync(), r => r.Any(x => x.Trigger == RunTrigger.Manual) && r.All(x => x.Status != RunStatus.Running));
        runs.Where(r => r.Trigger == RunTrigger.Manual).Should().ContainSingle()
            .Which.Status.Should().Be(RunStatus.Succeeded, "no acknowledged run is left running");
    }

    [Fact]
    public async Task Runs_left_running_by_a_dead_process_are_closed_as_interrupted_at_start_up()
    {
        var (databasePath, influencerId, runId) = await RunLeftByAKilledProcessAsync(RunTrigger.Login);

        await using var second = new ReopenedApiFactory(databasePath);
        var runs = await TestData.EventuallyAsync(() => second.RunsAsync(), r => r.Single(x => x.Id == runId).Status != RunStatus.Running);

        var interrupted = runs.Single(r => r.Id == runId);
        interrupted.Status.Should().Be(RunStatus.Failed);
        interrupted.Error.Should().Be("interrupted");
        (await second.ClaimStateAsync(influencerId))!.ClaimedUntil.Should().BeNull("its influencer is released");
    }

    [Fact]
    public async Task A_manual_run_left_running_by_a_dead_process_runs_again_at_start_up()
    {
        // Acknowledged (a 202 named it), taken by a process that was killed while it ran.
        var (databasePath, _, runId) = await RunLeftByAKilledProcessAsync(RunTrigger.Manual);

        await using var second = new ReopenedApiFactory(databasePath);
        var runs = await TestData.EventuallyAsync(() => second.RunsAsync(), r => r.Single(x => x.Id == runId).Status != RunStatus.Running);

        var run = runs.Single(r => r.Id == runId);
        run.Status.Should().Be(RunStatus.Succeeded, "an acknowledged manual run goes back to the queue, not to the failures");
        run.InstanceId.Should().NotBe(KilledProcess);
        runs.Should().ContainSingle("it is the same run, run again");
    }

    private const string KilledProcess = "a-process-that-was-killed";

    /// <summary>A database whose one influencer has a run of <paramref name="trigger"/> left running by a process that was killed.</summary>
    private static async Task<(string DatabasePath, Guid InfluencerId, Guid RunId)> RunLeftByAKilledProcessAsync(RunTrigger trigger)
    {
        var runId = Guid.CreateVersion7();
        await using var first = new SweepOffFactory();
        var influencerId = (await first.AddInfluencersAsync(1))[0];
        await first.WithDbAsync(async db =>
        {
            db.MetricRuns.Add(new MetricRun
            {
                Id = runId, InfluencerId = influencerId, Trigger = trigger, Status = RunStatus.Running,
                StartedAt = first.Time.GetUtcNow().UtcDateTime, InstanceId = KilledProcess,
            });
            return await db.SaveChangesAsync();
        });
        first.KeepDatabase = true;
        return (first.DatabasePath, influencerId, runId);
    }

    [Fact]
    public async Task The_freshness_report_counts_never_updated_due_and_within_target_and_names_the_source()
    {
        await using var factory = new SweepOffFactory();
        var now = factory.Time.GetUtcNow().UtcDateTime;
        await factory.AddInfluencersAsync(4, i => i switch { 0 => null, 1 => now.AddHours(-2), 2 => now.AddHours(-6), _ => now.AddHours(-30) });
        var admin = await factory.CreateAdminClientAsync();

        var response = await admin.GetAsync("/api/metric-updates/freshness");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var body = await response.ReadJsonAsync();
        body["influencers"]!.GetValue<int>().Should().Be(4);
        body["neverUpdated"]!.GetValue<int>().Should().Be(1);
        body["dueNow"]!.GetValue<int>().Should().Be(2, "the never-updated one and the one 30 hours old (target 24 h)");
        body["ageSeconds"]!["max"]!.GetValue<double>().Should().Be(30 * 3600);
        body["ageSeconds"]!["p50"]!.GetValue<double>().Should().Be(6 * 3600);
        body["withinTarget"]!.GetValue<double>().Should().BeApproximately(2.0 / 3, 1e-9);
        body["dataAgeSeconds"]!["max"].Should().BeNull("no influencer has data yet");
        body["withinTargetByData"].Should().BeNull();
        body["hotWithinTarget"].Should().BeNull("nobody viewed one");
        body["limit"]!["withinTarget"]!.GetValue<double>().Should().Be(1, "the Stored source has no call budget to bind");
        body["limit"]!["callsPerHourNeeded"]!.GetValue<double>().Should().Be(0);
        body["source"]!["name"]!.GetValue<string>().Should().Be("stored");
        body["source"]!["state"]!.GetValue<string>().Should().Be("ok");
        (await (await factory.CreateAnalystClientAsync()).GetAsync("/api/metric-updates/freshness")).StatusCode
            .Should().Be(HttpStatusCode.Forbidden);
    }

    private sealed class SweepingFactory : ControlledSourceApiFactory
    {
        protected override Dictionary<string, string?> Settings()
        {
            var settings = base.Settings();
            settings["MetricsUpdate:Sweep:Interval"] = "00:00:01";
            settings["MetricsUpdate:Sweep:BatchSize"] = "5";
            return settings;
        }
    }

    private sealed class OneAtATimeFactory : ControlledSourceApiFactory
    {
        protected override Dictionary<string, string?> Settings()
        {
            var settings = base.Settings();
            settings["MetricsUpdate:LoginBatchSize"] = "1";
            settings["MetricsUpdate:Sweep:Interval"] = "00:00:00";
            return settings;
        }
    }

    private sealed class SweepOffFactory : ControlledSourceApiFactory
    {
        protected override Dictionary<string, string?> Settings()
        {
            var settings = base.Settings();
            settings["MetricsUpdate:Enabled"] = "false";
            settings["MetricsUpdate:Sweep:Interval"] = "00:00:00";
            return settings;
        }
    }
}
