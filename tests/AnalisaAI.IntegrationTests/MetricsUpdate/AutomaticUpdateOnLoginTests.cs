using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AnalisaAI.Api.Features.MetricsUpdate.Runs;
using AnalisaAI.Api.Features.MetricsUpdate.Triggers;
using AnalisaAI.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace AnalisaAI.IntegrationTests.MetricsUpdate;

/// <summary>Each test has its own app: which influencers are stalest depends on everything before it.</summary>
public sealed class AutomaticUpdateOnLoginTests
{
    private static async Task<List<MetricRun>> SettledRunsAsync(ApiFactory factory, int expected) =>
        await TestData.EventuallyAsync(
            () => factory.RunsAsync(),
            runs => runs.Count >= expected && runs.All(r => r.Status != RunStatus.Running));

    [Fact]
    public async Task A_login_updates_exactly_the_five_stalest_and_the_next_login_the_next_five()
    {
        await using var factory = new ControlledSourceApiFactory();
        var now = factory.Time.GetUtcNow().UtcDateTime;

        // 3 never updated, then 9 ordered by age (oldest first), then 2 updated too recently to pick.
        var neverUpdated = await factory.AddInfluencersAsync(3);
        var aged = await factory.AddInfluencersAsync(9, i => now.AddDays(-20 + i));
        await factory.AddInfluencersAsync(2, _ => now.AddMinutes(-5));

        var client = factory.CreateClient();
        await client.LoginAsync(ApiFactory.AdminEmail, factory.AdminPassword);
        var first = await SettledRunsAsync(factory, 5);

        first.Should().HaveCount(5);
        first.Select(r => r.InfluencerId).Should().BeEquivalentTo(neverUpdated.Concat(aged.Take(2)));
        first.Should().OnlyContain(r => r.Trigger == RunTrigger.Login && r.Status == RunStatus.Succeeded);
        factory.Logs.Lines.Should().Contain(l => l.Message.StartsWith("Starting automatic metrics update", StringComparison.Ordinal));

        await client.LoginAsync(ApiFactory.AdminEmail, factory.AdminPassword);
        var firstIds = first.Select(r => r.Id).ToHashSet();
        var second = (await SettledRunsAsync(factory, 10)).Where(r => !firstIds.Contains(r.Id)).ToList();
        second.Select(r => r.InfluencerId).Should().BeEquivalentTo(aged.Skip(2).Take(5), "the next five stalest, skipping those just updated");
    }

    [Fact]
    public async Task The_login_answers_before_any_recalculation_finishes()
    {
        await using var factory = new ControlledSourceApiFactory();
        await factory.AddInfluencersAsync(5);
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        factory.Source.Gate = gate;

        var response = await factory.CreateClient().PostAsJsonAsync("/api/auth/login", new { email = ApiFactory.AdminEmail, password = factory.AdminPassword });

        response.StatusCode.Should().Be(HttpStatusCode.OK, "the login does not wait for the update, which is still blocked");
        var blocked = await TestData.EventuallyAsync(() => factory.RunsAsync(), r => r.Count > 0);
        blocked.Should().ContainSingle("the runner works on one influencer at a time")
            .Which.Status.Should().Be(RunStatus.Running);
        gate.SetResult();
        var runs = await SettledRunsAsync(factory, 5);
        runs.Should().HaveCount(5).And.OnlyContain(r => r.Status == RunStatus.Succeeded);
    }

    [Fact]
    public async Task With_a_failing_source_logins_still_succeed_runs_fail_at_profile_and_back_off()
    {
        await using var factory = new ControlledSourceApiFactory();
        var ids = await factory.AddInfluencersAsync(5);
        factory.Source.Failing = true;
        var client = factory.CreateClient();

        (await client.PostAsJsonAsync("/api/auth/login", new { email = ApiFactory.AdminEmail, password = factory.AdminPassword }))
            .StatusCode.Should().Be(HttpStatusCode.OK);
        var failed = await SettledRunsAsync(factory, 5);
        failed.Should().HaveCount(5).And.OnlyContain(r => r.Status == RunStatus.Failed && r.FailedStage == "profile");
        factory.Logs.Lines.Count(l => l.Message.StartsWith("Error updating metrics", StringComparison.Ordinal)).Should().BeGreaterThanOrEqualTo(5);

        // Within the back-off nothing is retried, whatever the number of logins.
        (await client.PostAsJsonAsync("/api/auth/login", new { email = ApiFactory.AdminEmail, password = factory.AdminPassword }))
            .StatusCode.Should().Be(HttpStatusCode.OK);
        factory.Time.Advance(TimeSpan.FromSeconds(59));
        (await client.PostAsJsonAsync("/api/auth/login", new { email = ApiFactory.AdminEmail, password = factory.AdminPassword }))
            .StatusCode.Should().Be(HttpStatusCode.OK);

        // The control: one more influencer free to pick, added now (59 s in) and ranked after any never-updated one,
        // so a claim that takes it would have taken the five first were they not backing off. One more login makes
        // sure something claims it; once its run is over, every claim before it is over too (runs go in claim order).
        var control = (await factory.AddInfluencersAsync(1, _ => factory.Time.GetUtcNow().UtcDateTime.AddDays(-20)))[0];
        await client.LoginAsync(ApiFactory.AdminEmail, factory.AdminPassword);
        var withinBackOff = await TestData.EventuallyAsync(
            () => factory.RunsAsync(),
            runs => runs.Any(r => r.InfluencerId == control && r.Status != RunStatus.Running));
        withinBackOff.Should().ContainSingle(r => r.InfluencerId == control, "the control was claimed and run")
            .Which.Status.Should().Be(RunStatus.Failed, "the source still fails");
        withinBackOff.Where(r => r.InfluencerId != control).Should().HaveCount(5, "backing-off influencers are skipped");

        // Once the back-off has passed they are picked again.
        factory.Source.Failing = false;
        factory.Time.Advance(TimeSpan.FromSeconds(2));
        await client.LoginAsync(ApiFactory.AdminEmail, factory.AdminPassword);
        var all = await SettledRunsAsync(factory, 11);
        all.Where(r => r.Status == RunStatus.Succeeded).Select(r => r.InfluencerId).Should().BeEquivalentTo(ids);
    }

    [Fact]
    public async Task Twelve_concurrent_logins_never_run_one_influencer_twice()
    {
        await using var factory = new ControlledSourceApiFactory();
        await factory.AddInfluencersAsync(70);
        var client = factory.CreateClient();

        var logins = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ =>
            client.PostAsJsonAsync("/api/auth/login", new { email = ApiFactory.AdminEmail, password = factory.AdminPassword })));

        logins.Should().OnlyContain(r => r.StatusCode == HttpStatusCode.OK);
        var runs = await SettledRunsAsync(factory, 60);
        runs.Should().HaveCount(60, "12 logins claim 5 each");
        runs.Select(r => r.InfluencerId).Should().OnlyHaveUniqueItems("claims are disjoint");
        factory.Source.MaxConcurrentPerInfluencer.Should().Be(1);
    }

    [Fact]
    public async Task Switched_off_the_login_starts_nothing()
    {
        await using var factory = new DisabledFactory();
        await factory.AddInfluencersAsync(10);

        await factory.CreateClient().LoginAsync(ApiFactory.AdminEmail, factory.AdminPassword);

        // The control: a trigger put straight into the queue a login would have used (a login puts its trigger there
        // before it answers). Triggers are claimed for in order and claims run in order, so once the control's runs
        // are over, whatever the login had asked for would have been claimed and run too.
        var controlUser = Guid.NewGuid();
        factory.Services.GetRequiredService<TriggerQueue>().Enqueue(new Trigger(RunTrigger.Login, controlUser));
        var started = await TestData.EventuallyAsync(
            () => Task.FromResult(factory.Logs.Lines.Where(l => l.Message.StartsWith("Starting automatic metrics update", StringComparison.Ordinal)).ToList()),
            lines => lines.Any(l => Equals(l.Properties["UserId"], controlUser)));
        var controlIdsJson = started.Should().ContainSingle("only the control's trigger started anything")
            .Which.Properties["InfluencerIds"].Should().BeOfType<string>().Which;
        var controlIds = JsonSerializer.Deserialize<List<Guid>>(controlIdsJson)!;
        var runs = await TestData.EventuallyAsync(
            () => factory.RunsAsync(),
            r => controlIds.All(id => r.Any(x => x.InfluencerId == id && x.Status != RunStatus.Running)));

        controlIds.Should().HaveCount(5, "a login's trigger claims LoginBatchSize influencers");
        runs.Select(r => r.InfluencerId).Should().BeEquivalentTo(controlIds, "the login claimed none of the ten; the control took five");
    }

    private sealed class DisabledFactory : ControlledSourceApiFactory
    {
        protected override Dictionary<string, string?> Settings()
        {
            var settings = base.Settings();
            settings["MetricsUpdate:Enabled"] = "false";
            return settings;
        }
    }
}
