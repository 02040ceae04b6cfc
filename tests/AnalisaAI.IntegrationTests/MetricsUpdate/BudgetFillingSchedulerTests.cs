using AnalisaAI.Api.Features.MetricsUpdate.Claims;
using AnalisaAI.Api.Features.MetricsUpdate.Execution;
using AnalisaAI.Api.Features.MetricsUpdate.Interest;
using AnalisaAI.Api.Features.MetricsUpdate.Runs;
using AnalisaAI.Api.Features.MetricsUpdate.Scheduling;
using AnalisaAI.IntegrationTests.Infrastructure;
using AnalisaAI.IntegrationTests.SocialData;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AnalisaAI.IntegrationTests.MetricsUpdate;

/// <summary>
/// The scheduler that fills the source's call budget, hot first: what the claim picks, and how many the sweep
/// takes, on the fake clock (nothing here is timed).
/// </summary>
public sealed class BudgetFillingSchedulerTests
{
    [Fact]
    public async Task The_claim_picks_an_overdue_hot_influencer_before_any_cold_one()
    {
        await using var factory = new ApiFactory();
        var now = factory.Time.GetUtcNow().UtcDateTime;

        // Cold ones 40 and 30 hours old (1.7 and 1.25 of their 24 h); the hot one 70 minutes (1.2 of its hour).
        var ids = await factory.AddInfluencersAsync(3, i => now.AddMinutes(i switch { 0 => -40 * 60, 1 => -30 * 60, _ => -70 }));
        await ViewAsync(factory, ids[2], now.AddHours(-2));

        var claimed = await ClaimDueAsync(factory, 3);

        claimed.Should().Equal(ids[2], ids[0], ids[1]);
    }

    [Fact]
    public async Task With_a_live_source_due_and_stalest_are_judged_on_data_age()
    {
        await using var factory = new LiveSourceFactory("http://127.0.0.1:9/v21.0");
        var now = factory.Time.GetUtcNow().UtcDateTime;

        // All three calculated 20 minutes ago from stored data: by calculation age none is due.
        var ids = await factory.AddInfluencersAsync(3, _ => now.AddMinutes(-20));
        await factory.WithDbAsync(async db =>
        {
            await db.Influencers.Where(i => i.Id == ids[0]).ExecuteUpdateAsync(set => set.SetProperty(i => i.DataAsOf, now.AddHours(-30)));
            await db.Influencers.Where(i => i.Id == ids[1]).ExecuteUpdateAsync(set => set.SetProperty(i => i.DataAsOf, now.AddHours(-2)));
            return await db.Influencers.Where(i => i.Id == ids[2]).ExecuteUpdateAsync(set => set.SetProperty(i => i.DataAsOf, now.AddMinutes(-58)));
        });
        await ViewAsync(factory, ids[2], now.AddHours(-1));

        var claimed = await ClaimDueAsync(factory, 3);

        claimed.Should().Equal([ids[2], ids[0]],
            "the viewed one's data is due within one sweep interval of its hour, the cold one's is 30 h old, and 2 h of 24 is not due");
    }

    [Fact]
    public async Task The_sweeps_batch_follows_the_calls_left_this_hour()
    {
        await using var stub = await GraphApiStub.StartAsync(200, GraphApiStub.CreatorProfile);
        await using var factory = new LiveSourceFactory(stub.BaseUrl, callsPerHour: 120);
        var now = factory.Time.GetUtcNow().UtcDateTime;
        var ids = await factory.AddInfluencersAsync(40, _ => now.AddDays(-2));

        // 120 calls an hour, paced: by one sweep interval (5 min) into the window, 10 calls.
        await SweepAsync(factory);
        stub.Hits.Should().Be(10);
        (await factory.RunsAsync()).Should().HaveCount(10).And.OnlyContain(r => r.Trigger == RunTrigger.Sweep && r.ProfileNote == null);

        await SweepAsync(factory);
        (await factory.RunsAsync()).Should().HaveCount(10, "nothing is left of this interval's share");

        // Five minutes on, 20 are allowed in all; a manual run spends 3 of them first.
        factory.Time.Advance(TimeSpan.FromMinutes(5));
        var fetched = (await factory.RunsAsync()).Select(r => r.InfluencerId).ToHashSet();
        foreach (var id in ids.Where(id => !fetched.Contains(id)).Take(3))
        {
            await RunManuallyAsync(factory, id);
        }

        await SweepAsync(factory);
        stub.Hits.Should().Be(20, "the sweep took the 7 calls left of the share");
        (await factory.RunsAsync()).Count(r => r.Trigger == RunTrigger.Sweep).Should().Be(17);
    }

    private static async Task<IReadOnlyList<Guid>> ClaimDueAsync(ApiFactory factory, int count)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ClaimStore>().ClaimAsync(count, CancellationToken.None, dueOnly: true);
    }

    private static async Task RunManuallyAsync(ApiFactory factory, Guid influencerId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ISender>().Send(new ExecuteRunCommand(influencerId, RunTrigger.Manual));
    }

    private static async Task SweepAsync(ApiFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var job = ActivatorUtilities.CreateInstance<SweepJob>(scope.ServiceProvider);
        await job.Execute(null!, CancellationToken.None);
    }

    private static Task<int> ViewAsync(ApiFactory factory, Guid id, DateTime at) =>
        factory.WithDbAsync(db => db.Influencers.Where(i => i.Id == id)
            .ExecuteUpdateAsync(set => set.SetProperty(i => EF.Property<DateTime?>(i, ViewRecorder.LastViewedAtColumn), at)));

    private sealed class LiveSourceFactory(string baseUrl, int callsPerHour = 200) : ApiFactory
    {
        protected override Dictionary<string, string?> Settings()
        {
            var settings = base.Settings();
            settings["SocialData:Source"] = "InstagramGraph";
            settings["SocialData:InstagramGraph:BaseUrl"] = baseUrl;
            settings["SocialData:InstagramGraph:AccessToken"] = "EAAG-scheduler-test-token";
            settings["SocialData:InstagramGraph:BusinessAccountId"] = "17841400000000001";
            settings["SocialData:InstagramGraph:CallsPerHour"] = callsPerHour.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return settings;
        }
    }
}
