using System.Net;
using AnalisaAI.Api.Features.MetricsUpdate.Instances;
using AnalisaAI.Api.Features.MetricsUpdate.Runs;
using AnalisaAI.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace AnalisaAI.IntegrationTests.MetricsUpdate;

/// <summary>
/// A run stamped with a live instance that the instance no longer executes (its end could not be written while the
/// database was away) is recovered by that instance's heartbeat; one it still executes is left alone, however long.
/// </summary>
public sealed class AbandonedRunTests
{
    private const string Recovered = "Runs this instance left running without executing them";

    [Fact]
    public async Task Runs_this_instance_left_running_are_recovered_while_it_lives()
    {
        await using var factory = new FastHeartbeatFactory();
        var now = factory.Time.GetUtcNow().UtcDateTime;
        var ids = await factory.AddInfluencersAsync(2, _ => now);
        var self = factory.Services.GetRequiredService<Heartbeat>().Id;
        var (manual, login) = (Guid.CreateVersion7(), Guid.CreateVersion7());
        await factory.WithDbAsync(async db =>
        {
            db.MetricRuns.AddRange(
                new MetricRun { Id = manual, InfluencerId = ids[0], Trigger = RunTrigger.Manual, Status = RunStatus.Running, StartedAt = now, InstanceId = self },
                new MetricRun { Id = login, InfluencerId = ids[1], Trigger = RunTrigger.Login, Status = RunStatus.Running, StartedAt = now, InstanceId = self });
            return await db.SaveChangesAsync();
        });
        await Task.Delay(TimeSpan.FromSeconds(2.5));
        (await factory.RunsAsync()).Should().OnlyContain(r => r.Status == RunStatus.Running, "younger than one DeadAfter, they may still be starting");

        factory.Time.Advance(TimeSpan.FromMinutes(1));
        var runs = await TestData.EventuallyAsync(() => factory.RunsAsync(), r => r.All(x => x.Status != RunStatus.Running));

        runs.Should().HaveCount(2, "the manual run is the same run, run again");
        runs.Single(r => r.Id == manual).Status.Should().Be(RunStatus.Succeeded, "an acknowledged manual run goes back to the queue");
        var closed = runs.Single(r => r.Id == login);
        closed.Status.Should().Be(RunStatus.Failed);
        closed.Error.Should().Be(RunLog.Interrupted);
        (await factory.ClaimStateAsync(ids[1]))!.ClaimedUntil.Should().BeNull("its influencer is released");
        factory.Logs.Lines.Should().Contain(l => l.Message.StartsWith(Recovered, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_run_still_executing_is_left_alone_however_long_it_takes()
    {
        await using var factory = new FastHeartbeatFactory();
        var now = factory.Time.GetUtcNow().UtcDateTime;
        var id = (await factory.AddInfluencersAsync(1, _ => now))[0];
        var admin = await factory.CreateAdminClientAsync();
        factory.Source.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var answer = await admin.PostAsync($"/api/influencers/{id}/metrics/recalculate", null);
        answer.StatusCode.Should().Be(HttpStatusCode.Accepted);
        var runId = (await answer.ReadJsonAsync())["runId"]!.GetValue<Guid>();
        await TestData.EventuallyAsync(() => factory.RunsAsync(), r => r.Single(x => x.Id == runId).InstanceId != null);

        factory.Time.Advance(TimeSpan.FromHours(1));
        await Task.Delay(TimeSpan.FromSeconds(3));
        var waiting = (await factory.RunsAsync()).Single(r => r.Id == runId);
        waiting.Status.Should().Be(RunStatus.Running, "it is executing, held by its source");
        waiting.InstanceId.Should().NotBeNull("it was not put back in the queue");
        factory.Logs.Lines.Should().NotContain(l => l.Message.StartsWith(Recovered, StringComparison.Ordinal));

        factory.Source.Gate.SetResult();
        var runs = await TestData.EventuallyAsync(() => factory.RunsAsync(), r => r.All(x => x.Status != RunStatus.Running));
        runs.Should().ContainSingle().Which.Status.Should().Be(RunStatus.Succeeded);
    }

    /// <summary>A beat every second, and one DeadAfter of two seconds; no sweep, so only the test's runs run.</summary>
    private sealed class FastHeartbeatFactory : ControlledSourceApiFactory
    {
        protected override Dictionary<string, string?> Settings()
        {
            var settings = base.Settings();
            settings["Scheduling:ClusterCheckinInterval"] = "00:00:01";
            settings["Scheduling:ClusterCheckinMisfireThreshold"] = "00:00:01";
            settings["MetricsUpdate:Sweep:Interval"] = "00:00:00";
            return settings;
        }
    }
}
