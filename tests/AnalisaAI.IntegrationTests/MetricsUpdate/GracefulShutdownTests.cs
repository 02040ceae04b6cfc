using System.Net.Http.Json;
using AnalisaAI.Api.Features.Influencers;
using AnalisaAI.Api.Features.MetricsUpdate.Runs;
using AnalisaAI.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AnalisaAI.IntegrationTests.MetricsUpdate;

public sealed class GracefulShutdownTests
{
    [Fact]
    public async Task Stopping_abandons_the_current_run_cleanly_and_releases_the_waiting_influencers()
    {
        var factory = new ControlledSourceApiFactory { KeepDatabase = true };
        var ids = await factory.AddInfluencersAsync(5);
        factory.Source.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        (await factory.CreateClient().PostAsJsonAsync("/api/auth/login", new { email = ApiFactory.AdminEmail, password = factory.AdminPassword }))
            .EnsureSuccessStatusCode();
        await TestData.EventuallyAsync(() => factory.RunsAsync(), r => r.Count == 1);

        // The first run is blocked in the profile stage; four influencers wait in the queue.
        await factory.DisposeAsync();

        await using var restarted = new ReopenedApiFactory(factory.DatabasePath);
        var (runs, influencers) = await restarted.WithDbAsync(async db => (
            await db.MetricRuns.AsNoTracking().ToListAsync(),
            await db.Influencers.AsNoTracking().Where(i => ids.Contains(i.Id)).ToListAsync()));
        var abandoned = runs.Should().ContainSingle().Which;
        abandoned.Status.Should().Be(RunStatus.Failed, "no run is left 'running' after a clean stop");
        abandoned.Error.Should().Contain("shutdown");
        var states = await restarted.ClaimStatesAsync();
        states.Should().HaveCount(ids.Count).And.OnlyContain(s => s.ClaimedUntil == null, "the abandoned and the waiting influencers are free for the next login");
        states.Should().OnlyContain(s => s.ConsecutiveFailures == 0 && s.RetryNotBefore == null, "a shutdown is not the influencer's failure");
        influencers.Should().OnlyContain(i => i.LastUpdateStatus != LatestRunStatus.Succeeded);
    }
}
