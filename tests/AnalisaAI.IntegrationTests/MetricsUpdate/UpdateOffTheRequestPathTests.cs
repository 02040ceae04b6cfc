using System.Collections.Concurrent;
using System.Data.Common;
using System.Net;
using System.Net.Http.Json;
using AnalisaAI.Api.Features.MetricsUpdate.Claims;
using AnalisaAI.Api.Features.MetricsUpdate.Execution;
using AnalisaAI.Api.Features.MetricsUpdate.Runs;
using AnalisaAI.Api.Infrastructure.Persistence;
using AnalisaAI.Api.Infrastructure.Web;
using AnalisaAI.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AnalisaAI.IntegrationTests.MetricsUpdate;

/// <summary>
/// The update takes only spare capacity: login and refresh do O(1) in-memory work for it, claims happen in
/// the background (a burst sharing one statement), and the budget holds runs back while the foreground is busy.
/// </summary>
public sealed class UpdateOffTheRequestPathTests
{
    [Fact]
    public async Task Login_and_refresh_answer_while_the_claim_is_blocked()
    {
        await using var factory = new GatedClaimFactory();
        await factory.AddInfluencersAsync(6);
        var client = factory.CreateClient();

        var tokens = await client.LoginAsync(ApiFactory.AdminEmail, factory.AdminPassword);
        await TestData.EventuallyAsync(() => Task.FromResult(factory.Claims.Waiting), waiting => waiting > 0);
        var refreshed = await client.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = tokens.RefreshToken });

        refreshed.StatusCode.Should().Be(HttpStatusCode.OK, "the refresh answers though the login's claim is still blocked");
        (await factory.RunsAsync()).Should().BeEmpty("nothing was claimed yet");

        factory.Claims.Open();
        var runs = await TestData.EventuallyAsync(() => factory.RunsAsync(), r => r.Count == 6 && r.All(x => x.Status != RunStatus.Running));
        runs.Should().OnlyContain(r => r.Status == RunStatus.Succeeded);
        runs.Count(r => r.Trigger == RunTrigger.Login).Should().Be(5, "the login still gets the five stalest");
        runs.Count(r => r.Trigger == RunTrigger.Refresh).Should().Be(1, "the refresh still gets the next stalest");
    }

    [Fact]
    public async Task A_burst_of_triggers_shares_one_claim_statement()
    {
        await using var factory = new GatedClaimFactory();
        await factory.AddInfluencersAsync(25);
        var client = factory.CreateClient();

        // The first login's claim blocks; four more logins arrive meanwhile.
        await client.LoginAsync(ApiFactory.AdminEmail, factory.AdminPassword);
        await TestData.EventuallyAsync(() => Task.FromResult(factory.Claims.Waiting), waiting => waiting > 0);
        for (var i = 0; i < 4; i++)
        {
            await client.LoginAsync(ApiFactory.AdminEmail, factory.AdminPassword);
        }

        factory.Claims.Open();
        var runs = await TestData.EventuallyAsync(() => factory.RunsAsync(), r => r.Count == 25 && r.All(x => x.Status != RunStatus.Running));

        runs.Select(r => r.InfluencerId).Should().OnlyHaveUniqueItems().And.HaveCount(25, "five logins claim five each");
        factory.Claims.Statements.Should().Be(2, "the four logins that waited share one claim statement");
    }

    [Fact]
    public async Task The_budget_holds_runs_back_while_the_foreground_is_busy()
    {
        await using var factory = new BusyForegroundFactory();
        await factory.AddInfluencersAsync(5);
        factory.Load.Busy = true;

        await factory.CreateClient().LoginAsync(ApiFactory.AdminEmail, factory.AdminPassword);

        // The signal: the runner has the second influencer and sleeps on the budget's clock until the next busy turn.
        var waits = await TestData.EventuallyAsync(() => Task.FromResult(factory.BudgetTime.Waits), w => w.Count > 0);
        waits.Should().Equal([TimeSpan.FromSeconds(10)], "the second run waits a whole BusyInterval (10 s here) after the first");
        (await factory.RunsAsync()).Should().HaveCount(1, "while busy, one run per BusyInterval (10 s here)");

        factory.Load.Busy = false;
        factory.BudgetTime.Advance(TimeSpan.FromSeconds(10));
        var runs = await TestData.EventuallyAsync(() => factory.RunsAsync(), r => r.Count == 5 && r.All(x => x.Status != RunStatus.Running));
        runs.Should().OnlyContain(r => r.Status == RunStatus.Succeeded, "an idle instance drains the backlog at full speed");
        factory.BudgetTime.Waits.Should().HaveCount(1, "once idle, no run waits for a turn");
    }

    [Fact]
    public async Task An_acknowledged_manual_run_survives_a_restart()
    {
        string databasePath;
        Guid influencerId, runId;
        await using (var first = new ManualRunsNotTakenFactory())
        {
            // The budget is where a run waits for a slot: holding the only one keeps the runner from taking any run.
            // The lease is never given back: this instance stops with it.
            _ = await first.Services.GetRequiredService<Budget>().EnterRunAsync(CancellationToken.None);
            var admin = await first.CreateAdminClientAsync();
            influencerId = (await first.AddInfluencersAsync(1))[0];
            var accepted = await admin.PostAsync($"/api/influencers/{influencerId}/metrics/recalculate", null);
            accepted.StatusCode.Should().Be(HttpStatusCode.Accepted);
            runId = (await accepted.ReadJsonAsync())["runId"]!.GetValue<Guid>();
            (await first.RunsAsync()).Should().ContainSingle(r => r.Id == runId && r.Status == RunStatus.Running && r.InstanceId == null,
                "the run waits in the log: this instance's only run slot is held, so it cannot take it");
            databasePath = first.DatabasePath;
            first.KeepDatabase = true;
        }

        await using var second = new ReopenedApiFactory(databasePath);
        var runs = await TestData.EventuallyAsync(() => second.RunsAsync(), r => r.Any(x => x.Id == runId && x.Status != RunStatus.Running));
        runs.Single(r => r.Id == runId).Status.Should().Be(RunStatus.Succeeded, "the 202 named a run that the next start completed");
        runs.Single(r => r.Id == runId).InfluencerId.Should().Be(influencerId);
    }

    private sealed class GatedClaimFactory : ControlledSourceApiFactory
    {
        public ClaimGate Claims { get; } = new();

        // Never busy: a busy instance claims for one trigger per turn, and these tests count claim statements.
        protected override Dictionary<string, string?> Settings()
        {
            var settings = base.Settings();
            settings["MetricsUpdate:Budget:BusyRequests"] = "100000";
            settings["MetricsUpdate:Budget:BusyQueuedWorkItems"] = "100000";
            settings["MetricsUpdate:Budget:QuietPeriod"] = "00:00:00";
            return settings;
        }

        protected override void ConfigureServices(IServiceCollection services)
        {
            base.ConfigureServices(services);
            services.ConfigureDbContext<SqliteAppDbContext>(options => options.AddInterceptors(Claims));
        }
    }

    private sealed class BusyForegroundFactory : ControlledSourceApiFactory
    {
        public SettableLoad Load { get; } = new();

        /// <summary>The budget's clock (real time in the app), which the test reads and moves.</summary>
        public WaitRecordingTime BudgetTime { get; } = new();

        protected override Dictionary<string, string?> Settings()
        {
            var settings = base.Settings();
            settings["MetricsUpdate:Budget:BusyInterval"] = "00:00:10";
            return settings;
        }

        protected override void ConfigureServices(IServiceCollection services)
        {
            base.ConfigureServices(services);
            services.AddSingleton<IForegroundLoad>(Load);
            services.AddSingleton(provider => ActivatorUtilities.CreateInstance<Budget>(provider, BudgetTime));
        }
    }

    /// <summary>A fake clock that records how long each wait started on it lasts.</summary>
    private sealed class WaitRecordingTime : FakeTimeProvider
    {
        private readonly ConcurrentQueue<TimeSpan> waits = new();

        public IReadOnlyList<TimeSpan> Waits => [.. waits];

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            waits.Enqueue(dueTime);
            return base.CreateTimer(callback, state, dueTime, period);
        }
    }

    /// <summary>A load signal the test sets: busy or idle.</summary>
    private sealed class SettableLoad : IForegroundLoad
    {
        private volatile bool busy;

        public bool Busy
        {
            get => busy;
            set => busy = value;
        }

        public int RequestsInFlight => Busy ? 1_000 : 0;

        public long QueuedWorkItems => 0;

        public TimeSpan SinceRequestWaitedForWriter => Busy ? TimeSpan.Zero : TimeSpan.MaxValue;
    }

    /// <summary>An instance with one run slot, which the test holds: it stops before it takes any waiting manual run.</summary>
    private sealed class ManualRunsNotTakenFactory : ControlledSourceApiFactory
    {
        protected override Dictionary<string, string?> Settings()
        {
            var settings = base.Settings();
            settings["MetricsUpdate:Budget:Concurrency"] = "1";
            return settings;
        }
    }

    /// <summary>Holds every claim statement until opened, and counts them.</summary>
    private sealed class ClaimGate : DbCommandInterceptor
    {
        private readonly TaskCompletionSource open = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int waiting;
        private int statements;

        public int Waiting => Volatile.Read(ref waiting);

        public int Statements => Volatile.Read(ref statements);

        public void Open() => open.TrySetResult();

        public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            // The claim statement: the code tags it (a release also sets the column, but is not tagged).
            if (command.CommandText.Contains(ClaimStore.ClaimTag, StringComparison.Ordinal))
            {
                Interlocked.Increment(ref statements);
                Interlocked.Increment(ref waiting);
                await open.Task.WaitAsync(cancellationToken);
            }

            return result;
        }
    }
}
