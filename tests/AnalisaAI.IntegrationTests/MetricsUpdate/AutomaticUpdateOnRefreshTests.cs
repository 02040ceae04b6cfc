using System.Net;
using System.Net.Http.Json;
using AnalisaAI.Api.Features.MetricsUpdate.Runs;
using AnalisaAI.Api.Infrastructure.Persistence;
using AnalisaAI.Api.Infrastructure.Scheduling;
using AnalisaAI.IntegrationTests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace AnalisaAI.IntegrationTests.MetricsUpdate;

public sealed class AutomaticUpdateOnRefreshTests
{
    [Fact]
    public async Task A_refresh_updates_the_single_stalest_influencer_through_a_job()
    {
        await using var factory = new ControlledSourceApiFactory();
        var client = factory.CreateClient();
        var now = factory.Time.GetUtcNow().UtcDateTime;
        var ids = await factory.AddInfluencersAsync(6, i => now.AddDays(-10 + i));

        // The login takes the five stalest (in the background); the refresh then gets the stalest one left.
        var tokens = await client.LoginAsync(ApiFactory.AdminEmail, factory.AdminPassword);
        var loginRuns = await TestData.EventuallyAsync(() => factory.RunsAsync(), r => r.Count == 5 && r.All(x => x.Status != RunStatus.Running));
        loginRuns.Select(r => r.InfluencerId).Should().BeEquivalentTo(ids.Take(5));

        var refreshed = await client.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = tokens.RefreshToken });

        refreshed.StatusCode.Should().Be(HttpStatusCode.OK);
        var runs = (await TestData.EventuallyAsync(() => factory.RunsAsync(), r => r.Count == 6 && r.All(x => x.Status != RunStatus.Running)))
            .Where(r => r.Trigger != RunTrigger.Login).ToList();
        runs.Should().ContainSingle();
        runs[0].InfluencerId.Should().Be(ids[5], "the oldest updatedAt left is the stalest");
        runs[0].Trigger.Should().Be(RunTrigger.Refresh);
        runs[0].Status.Should().Be(RunStatus.Succeeded);
        factory.Logs.Lines.Should().Contain(l => l.Message.StartsWith("Starting metrics update in background", StringComparison.Ordinal)
            && Equals(l.Properties.GetValueOrDefault("InfluencerId"), ids[5]));
    }

    [Fact]
    public async Task A_refresh_never_fails_because_of_the_update()
    {
        await using var factory = new ControlledSourceApiFactory();
        var client = factory.CreateClient();
        var tokens = await client.LoginAsync(ApiFactory.AdminEmail, factory.AdminPassword);
        await factory.AddInfluencersAsync(2);

        // The job store breaks: scheduling now fails inside Quartz.
        await using (var store = new SqliteConnection(factory.Services.GetRequiredService<DatabaseConnection>().SchedulerConnectionString))
        {
            await store.OpenAsync();
            await using var drop = store.CreateCommand();
            drop.CommandText = "DROP TABLE QRTZ_TRIGGERS; DROP TABLE QRTZ_JOB_DETAILS;";
            await drop.ExecuteNonQueryAsync();
        }

        var refreshed = await client.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = tokens.RefreshToken });

        refreshed.StatusCode.Should().Be(HttpStatusCode.OK, "a scheduling failure is logged and swallowed");

        // Claiming and scheduling happen in the background, after the refresh has answered.
        await TestData.EventuallyAsync(() => Task.FromResult(factory.Logs.Lines), lines => lines.Any(l => l.Message.StartsWith("Error updating metrics", StringComparison.Ordinal)));
        factory.Logs.Lines.Should().Contain(l => l.Message.StartsWith("Error updating metrics", StringComparison.Ordinal));
        var claimed = (await TestData.EventuallyAsync(() => factory.ClaimStatesAsync(), states => states.All(s => s.ClaimedUntil == null)))
            .Count(s => s.ClaimedUntil != null);
        claimed.Should().Be(0, "the claim of an influencer that could not be scheduled is released");
    }

    [Fact]
    public async Task A_scheduled_job_survives_a_restart_of_the_app()
    {
        string databasePath;
        Guid scheduled;
        await using (var first = new SchedulerNotStartedFactory())
        {
            // Triggers are claimed for in arrival order: the login takes the five stalest, the refresh the sixth.
            var ids = await first.AddInfluencersAsync(6);
            var client = first.CreateClient();
            var tokens = await client.LoginAsync(ApiFactory.AdminEmail, first.AdminPassword);
            (await client.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = tokens.RefreshToken })).EnsureSuccessStatusCode();
            await TestData.EventuallyAsync(() => Task.FromResult(first.Logs.Lines), lines => lines.Any(l => l.Message.StartsWith("Scheduled metrics update", StringComparison.Ordinal)));
            var loginRuns = await TestData.EventuallyAsync(() => first.RunsAsync(), r => r.Count == 5 && r.All(x => x.Status != RunStatus.Running));
            loginRuns.Should().OnlyContain(r => r.Trigger == RunTrigger.Login, "this host's scheduler never starts, so the refresh's job only waits in the store");
            scheduled = ids.Except(loginRuns.Select(r => r.InfluencerId)).Single();
            databasePath = first.DatabasePath;
            first.KeepDatabase = true;
        }

        await using var second = new ReopenedApiFactory(databasePath);
        var runs = (await TestData.EventuallyAsync(() => second.RunsAsync(), r => r.Any(x => x.Trigger == RunTrigger.Refresh && x.Status != RunStatus.Running)))
            .Where(r => r.Trigger == RunTrigger.Refresh).ToList();
        runs.Should().ContainSingle();
        runs[0].InfluencerId.Should().Be(scheduled);
        runs[0].Trigger.Should().Be(RunTrigger.Refresh);
        runs[0].Status.Should().Be(RunStatus.Succeeded);
    }

    private sealed class SchedulerNotStartedFactory : ControlledSourceApiFactory
    {
        protected override void ConfigureServices(IServiceCollection services)
        {
            base.ConfigureServices(services);
            services.Configure<QuartzHostedServiceOptions>(Scheduler.Name, options => options.AutoStart = false);
        }
    }
}
