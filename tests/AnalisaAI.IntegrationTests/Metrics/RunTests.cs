using System.Net;
using System.Net.Http.Json;
using AnalisaAI.Api.Features.Influencers;
using AnalisaAI.Api.Features.Metrics;
using AnalisaAI.Api.Features.Metrics.Benchmark;
using AnalisaAI.Api.Features.Metrics.Engagement;
using AnalisaAI.Api.Features.Metrics.Growth;
using AnalisaAI.Api.Features.Metrics.Reach;
using AnalisaAI.Api.Features.Metrics.Relevance;
using AnalisaAI.Api.Features.Metrics.Signals;
using AnalisaAI.Api.Features.MetricsUpdate.Execution;
using AnalisaAI.Api.Features.MetricsUpdate.Runs;
using AnalisaAI.IntegrationTests.Infrastructure;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AnalisaAI.IntegrationTests.Metrics;

public sealed class RunTests(RunTests.Factory factory) : IClassFixture<RunTests.Factory>
{
    public sealed class Factory : ControlledSourceApiFactory
    {
        /// <summary>Runs once, just before the next reach stage.</summary>
        public Func<Task>? BeforeReach { get; set; }

        protected override void ConfigureServices(IServiceCollection services)
        {
            base.ConfigureServices(services);
            // The reach stage keeps its place in the stage order, behind a hook.
            var reach = services.Single(d => d.ServiceType == typeof(IMetricStage) && d.ImplementationType == typeof(ReachStage));
            services[services.IndexOf(reach)] = ServiceDescriptor.Scoped<IMetricStage>(provider =>
                new HookBeforeReach(this, ActivatorUtilities.CreateInstance<ReachStage>(provider)));
        }
    }

    private async Task<RunOutcome> RecalculateAsync(Guid influencerId, RunTrigger trigger = RunTrigger.Manual)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>()
            .Send(new ExecuteRunCommand(influencerId, trigger));
    }

    [Fact]
    public async Task A_successful_run_stores_every_stage_and_stamps_the_influencer()
    {
        var id = (await factory.AddInfluencersAsync(1))[0];

        var outcome = await RecalculateAsync(id);

        outcome.Status.Should().Be(RunStatus.Succeeded);
        var (influencer, run, results) = await factory.WithDbAsync(async db => (
            await db.Influencers.SingleAsync(i => i.Id == id),
            await db.MetricRuns.SingleAsync(r => r.Id == outcome.RunId),
            (await db.Set<EngagementResult>().CountAsync(r => r.RunId == outcome.RunId)) + (await db.Set<ReachResult>().CountAsync(r => r.RunId == outcome.RunId))
                + (await db.Set<GrowthResult>().CountAsync(r => r.RunId == outcome.RunId)) + (await db.Set<RelevanceResult>().CountAsync(r => r.RunId == outcome.RunId))
                + (await db.Set<BenchmarkResult>().CountAsync(r => r.RunId == outcome.RunId)) + (await db.Set<SignalsResult>().CountAsync(r => r.RunId == outcome.RunId))));
        results.Should().Be(6);
        influencer.UpdatedAt.Should().Be(factory.Time.GetUtcNow().UtcDateTime);
        influencer.LastUpdateStatus.Should().Be(LatestRunStatus.Succeeded);
        influencer.LatestRunId.Should().Be(outcome.RunId);
        (await factory.ClaimStateAsync(id))!.ClaimedUntil.Should().BeNull();
        run.Status.Should().Be(RunStatus.Succeeded);
        run.CalculatedAt.Should().Be(influencer.UpdatedAt);
        factory.Logs.Lines.Where(l => l.Message.StartsWith("Successfully calculated", StringComparison.Ordinal)
                && Equals(l.Properties.GetValueOrDefault("RunId"), outcome.RunId))
            .Select(l => l.Properties["Stage"]).Should().Equal("profile", "engagement", "reach", "growth", "relevance", "benchmark", "signals");
        factory.Logs.Lines.Should().Contain(l => l.Message.StartsWith("Successfully calculated", StringComparison.Ordinal)
            && l.Properties.ContainsKey("ElapsedMs") && Equals(l.Properties["InfluencerId"], id));
    }

    [Fact]
    public async Task A_failing_stage_stops_the_run_records_it_and_keeps_the_old_metrics()
    {
        var id = (await factory.AddInfluencersAsync(1))[0];
        var first = await RecalculateAsync(id);
        first.Status.Should().Be(RunStatus.Succeeded);
        var before = await factory.WithDbAsync(db => db.Influencers.AsNoTracking().SingleAsync(i => i.Id == id));

        factory.Time.Advance(TimeSpan.FromHours(1));
        factory.Source.Failing = true;
        RunOutcome failed;
        try
        {
            failed = await RecalculateAsync(id);
        }
        finally
        {
            factory.Source.Failing = false;
        }

        failed.Status.Should().Be(RunStatus.Failed);
        failed.FailedStage.Should().Be("profile");
        var (after, run, laterStages) = await factory.WithDbAsync(async db => (
            await db.Influencers.AsNoTracking().SingleAsync(i => i.Id == id),
            await db.MetricRuns.SingleAsync(r => r.Id == failed.RunId),
            await db.Set<EngagementResult>().CountAsync(r => r.RunId == failed.RunId)));
        laterStages.Should().Be(0, "the stages after the failed one do not run");
        run.Status.Should().Be(RunStatus.Failed);
        run.FailedStage.Should().Be("profile");
        run.Error.Should().Contain("unavailable");
        after.UpdatedAt.Should().Be(before.UpdatedAt, "updatedAt only moves on success");
        after.LatestRunId.Should().Be(first.RunId);
        after.LastUpdateStatus.Should().Be(LatestRunStatus.Failed);
        var afterState = (await factory.ClaimStateAsync(id))!;
        afterState.ConsecutiveFailures.Should().Be(1);
        afterState.RetryNotBefore.Should().Be(factory.Time.GetUtcNow().UtcDateTime.AddMinutes(1), "the first failure backs off for the initial delay");
        factory.Logs.Lines.Should().Contain(l => l.Message.StartsWith("Error updating metrics", StringComparison.Ordinal)
            && Equals(l.Properties.GetValueOrDefault("RunId"), failed.RunId) && Equals(l.Properties.GetValueOrDefault("Stage"), "profile"));

        var admin = await factory.CreateAdminClientAsync();
        var metrics = await admin.GetAsync($"/api/influencers/{id}/metrics");
        metrics.StatusCode.Should().Be(HttpStatusCode.OK);
        (await metrics.ReadJsonAsync())["runId"]!.GetValue<Guid>().Should().Be(first.RunId, "the old metrics are still served");
    }

    [Fact]
    public async Task Back_off_grows_with_each_consecutive_failure_and_resets_on_success()
    {
        var id = (await factory.AddInfluencersAsync(1))[0];
        factory.Source.Failing = true;
        try
        {
            await RecalculateAsync(id);
            await RecalculateAsync(id);
            await RecalculateAsync(id);
        }
        finally
        {
            factory.Source.Failing = false;
        }

        var failedThrice = (await factory.ClaimStateAsync(id))!;
        failedThrice.ConsecutiveFailures.Should().Be(3);
        failedThrice.RetryNotBefore.Should().Be(factory.Time.GetUtcNow().UtcDateTime.AddMinutes(4), "1, 2, then 4 minutes");

        (await RecalculateAsync(id)).Status.Should().Be(RunStatus.Succeeded);
        var recovered = (await factory.ClaimStateAsync(id))!;
        recovered.ConsecutiveFailures.Should().Be(0);
        recovered.RetryNotBefore.Should().BeNull();
    }

    [Fact]
    public async Task A_write_to_the_influencer_during_a_run_is_not_lost_and_the_run_uses_the_new_data()
    {
        var id = (await factory.AddInfluencersAsync(1))[0];
        factory.Source.DuringNextFetch = () => factory.WithDbAsync(async db =>
        {
            var influencer = await db.Influencers.SingleAsync(i => i.Id == id);
            influencer.Followers = 77_777;
            return await db.SaveChangesAsync();
        });

        var outcome = await RecalculateAsync(id);

        outcome.Status.Should().Be(RunStatus.Succeeded);
        var (influencer, growth) = await factory.WithDbAsync(async db => (
            await db.Influencers.AsNoTracking().SingleAsync(i => i.Id == id),
            await db.Set<GrowthResult>().SingleAsync(r => r.RunId == outcome.RunId)));
        influencer.Followers.Should().Be(77_777, "the concurrent write survives");
        growth.Metrics.Followers.Should().Be(77_777, "the run started again on the new data");
        factory.Logs.Lines.Should().Contain(l => l.Message.Contains("changed during run", StringComparison.Ordinal)
            && Equals(l.Properties.GetValueOrDefault("RunId"), outcome.RunId));
    }

    [Fact]
    public async Task Two_concurrent_runs_of_one_influencer_leave_it_consistent_with_its_latest_run()
    {
        var id = (await factory.AddInfluencersAsync(1))[0];

        // Runs execute on the update's own threads, so these two overlap (two manual runs of one influencer never
        // do: the run log keeps one waiting or running per influencer).
        var outcomes = await Task.WhenAll(RecalculateAsync(id, RunTrigger.Login), RecalculateAsync(id, RunTrigger.Refresh));

        outcomes.Should().OnlyContain(o => o.Status == RunStatus.Succeeded);
        var (influencer, relevance, runs) = await factory.WithDbAsync(async db =>
        {
            var i = await db.Influencers.AsNoTracking().SingleAsync(x => x.Id == id);
            return (i, await db.Set<RelevanceResult>().SingleAsync(r => r.RunId == i.LatestRunId),
                await db.MetricRuns.CountAsync(r => r.InfluencerId == id && r.Status == RunStatus.Succeeded));
        });
        runs.Should().Be(2);
        outcomes.Select(o => o.RunId).Should().Contain(influencer.LatestRunId!.Value);
        influencer.RelevanceOverall.Should().Be(relevance.Metrics.Overall, "the influencer row and its latest results come from one run");
    }

    [Fact]
    public async Task Posts_ingested_between_two_stages_make_the_run_start_again_on_the_new_data()
    {
        var id = (await factory.AddInfluencersAsync(1))[0];
        var admin = await factory.CreateAdminClientAsync();

        // Engagement has read the four seeded posts; the batch lands before reach reads.
        factory.BeforeReach = async () =>
        {
            var response = await admin.PostAsJsonAsync($"/api/influencers/{id}/posts", new
            {
                items = new[] { new { externalId = "late", publishedAt = factory.Time.GetUtcNow().AddHours(-1), contentType = "reel", likes = 900, comments = 40, reach = 5_000 } },
            });
            response.EnsureSuccessStatusCode();
        };

        var outcome = await RecalculateAsync(id);

        outcome.Status.Should().Be(RunStatus.Succeeded);
        var (engagement, reach) = await factory.WithDbAsync(async db => (
            await db.Set<EngagementResult>().SingleAsync(r => r.RunId == outcome.RunId),
            await db.Set<ReachResult>().SingleAsync(r => r.RunId == outcome.RunId)));
        engagement.Metrics.PostsAnalyzed.Should().Be(5, "the committed engagement was computed again after the batch");
        reach.Metrics.AvgReach.Should().Be((4 * 4_000 + 5_000) / 5.0, "both stages saw the same five posts");
    }

    private sealed class HookBeforeReach(Factory factory, ReachStage stage) : IMetricStage
    {
        public string Name => stage.Name;

        public async ValueTask<StageResult> CalculateAsync(StageContext context, CancellationToken cancellationToken)
        {
            if (factory.BeforeReach is { } hook)
            {
                factory.BeforeReach = null;
                await hook();
            }

            return await stage.CalculateAsync(context, cancellationToken);
        }
    }
}
