using System.Net.Http.Json;
using AnalisaAI.Api.Features.Metrics.Growth;
using AnalisaAI.Api.Features.MetricsUpdate;
using AnalisaAI.Api.Features.MetricsUpdate.Execution;
using AnalisaAI.Api.Features.MetricsUpdate.Runs;
using AnalisaAI.Api.Features.SocialData.GetSourceStatus;
using AnalisaAI.IntegrationTests.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AnalisaAI.IntegrationTests.SocialData;

/// <summary>
/// The app against the local Graph API stub: the day's audience snapshot, the shared call budget, pauses on
/// reported usage, a rejected token, and runs that go on from stored data while the source may not be called.
/// </summary>
public sealed class SourceBudgetThroughTheAppTests
{
    [Fact]
    public async Task The_profile_step_stores_the_days_snapshot_and_growth_uses_it()
    {
        await using var stub = await GraphApiStub.StartAsync(200, GraphApiStub.CreatorProfile);
        await using var factory = new BudgetFactory(stub.BaseUrl);
        var id = (await factory.AddInfluencersAsync(1))[0];
        var today = DateOnly.FromDateTime(ApiFactory.Start.UtcDateTime);

        var outcome = await RecalculateAsync(factory, id);

        outcome.Status.Should().Be(RunStatus.Succeeded);
        var snapshot = await factory.WithDbAsync(db => db.AudienceSnapshots.AsNoTracking().SingleAsync(s => s.InfluencerId == id && s.Date == today));
        snapshot.Followers.Should().Be(152340);
        snapshot.Following.Should().Be(312);
        snapshot.Lost.Should().Be(3, "the snapshot's other fields are kept");
        var growth = await factory.WithDbAsync(db => db.Set<GrowthResult>().AsNoTracking().SingleAsync(r => r.RunId == outcome.RunId));
        growth.Metrics.Followers.Should().Be(152340);
        growth.Metrics.NetNewFollowers1.Should().Be(152340 - 9990, "yesterday's snapshot had 9,990 followers and today's is the source's");
        var influencer = await factory.WithDbAsync(db => db.Influencers.AsNoTracking().SingleAsync(i => i.Id == id));
        influencer.Followers.Should().Be(152340);
    }

    [Fact]
    public async Task At_95_percent_reported_usage_the_source_pauses_and_runs_go_on_from_stored_data()
    {
        await using var stub = await GraphApiStub.StartAsync(async (context, _) =>
        {
            context.Response.Headers["X-Business-Use-Case-Usage"] =
                """{"17841400000000001":[{"type":"instagram","call_count":95,"total_cputime":10,"total_time":12,"estimated_time_to_regain_access":30}]}""";
            await GraphApiStub.WriteAsync(context, StatusCodes.Status200OK, GraphApiStub.CreatorProfile);
        });
        await using var factory = new BudgetFactory(stub.BaseUrl);
        var ids = await factory.AddInfluencersAsync(3);

        var first = await RecalculateAsync(factory, ids[0]);
        var second = await RecalculateAsync(factory, ids[1]);
        var third = await RecalculateAsync(factory, ids[2]);

        stub.Hits.Should().Be(1, "the first answer reported 95 % usage");
        new[] { first, second, third }.Should().OnlyContain(o => o.Status == RunStatus.Succeeded);
        var runs = await factory.RunsAsync();
        runs.Single(r => r.Id == first.RunId).ProfileNote.Should().BeNull();
        runs.Single(r => r.Id == second.RunId).ProfileNote.Should().Contain("paused");
        var status = await StatusAsync(factory);
        status.State.Should().Be(SourceStatus.Paused);
        status.PausedUntil.Should().Be(ApiFactory.Start.UtcDateTime.AddMinutes(30));
        status.CallsLastHour.Should().Be(1);

        var admin = await factory.CreateAdminClientAsync();
        var log = await admin.GetFromJsonAsync<System.Text.Json.Nodes.JsonObject>($"/api/metric-updates?influencerId={ids[1]}");
        log!["items"]![0]!["profileNote"]!.GetValue<string>().Should().Contain("stored data used");

        factory.Time.Advance(TimeSpan.FromMinutes(31));
        (await StatusAsync(factory)).State.Should().Be(SourceStatus.Ok);
        (await RecalculateAsync(factory, ids[1])).Status.Should().Be(RunStatus.Succeeded);
        stub.Hits.Should().Be(2, "the pause is over");
    }

    [Fact]
    public async Task A_rejected_token_makes_the_source_unauthorized_until_its_configuration_changes()
    {
        await using var stub = await GraphApiStub.StartAsync(async (context, _) =>
        {
            if (context.Request.Headers.Authorization.ToString().EndsWith(BudgetFactory.Token, StringComparison.Ordinal))
            {
                await GraphApiStub.WriteAsync(context, StatusCodes.Status400BadRequest, GraphApiStub.Error(190, "Error validating access token"));
                return;
            }

            await GraphApiStub.WriteAsync(context, StatusCodes.Status200OK, GraphApiStub.CreatorProfile);
        });
        var databasePath = Path.Combine(Path.GetTempPath(), "analisaai-tests", $"token-{Guid.NewGuid():N}.db");
        Directory.CreateDirectory(Path.GetDirectoryName(databasePath)!);
        List<Guid> ids;
        await using (var factory = new BudgetFactory(stub.BaseUrl, databasePath: databasePath))
        {
            ids = await factory.AddInfluencersAsync(2);
            var first = await RecalculateAsync(factory, ids[0]);
            var second = await RecalculateAsync(factory, ids[1]);

            first.Status.Should().Be(RunStatus.Succeeded, "a rejected token is the source's problem, not the influencer's");
            second.Status.Should().Be(RunStatus.Succeeded);
            stub.Hits.Should().Be(1);
            (await StatusAsync(factory)).State.Should().Be(SourceStatus.Unauthorized);
            (await factory.RunsAsync()).Single(r => r.Id == second.RunId).ProfileNote.Should().Contain("rejected the configured token");
        }

        await using var renewed = new BudgetFactory(stub.BaseUrl, token: "EAAG-renewed-token-91c2", databasePath: databasePath);
        (await StatusAsync(renewed)).State.Should().Be(SourceStatus.Ok, "the configuration changed");
        (await RecalculateAsync(renewed, ids[1])).Status.Should().Be(RunStatus.Succeeded);
        stub.Hits.Should().Be(2);
        (await renewed.RunsAsync()).Should().Contain(r => r.InfluencerId == ids[1] && r.ProfileNote == null && r.Status == RunStatus.Succeeded);
    }

    [Fact]
    public async Task The_call_budget_holds_across_two_hosts_on_one_database()
    {
        await using var stub = await GraphApiStub.StartAsync(200, GraphApiStub.CreatorProfile);
        // 36 calls an hour, paced: 3 by one sweep interval (5 min) into the window.
        await using var first = new BudgetFactory(stub.BaseUrl, callsPerHour: 36);
        var ids = await first.AddInfluencersAsync(8);
        await using var second = new BudgetFactory(stub.BaseUrl, callsPerHour: 36, databasePath: first.DatabasePath);

        // Both hosts start before any run: on SQLite a starting instance takes the runs in progress for a dead
        // instance's (one instance at a time) and would run the first host's again.
        _ = second.Services;
        var outcomes = await Task.WhenAll(ids.Select((id, i) => RecalculateAsync(i % 2 == 0 ? first : second, id)));

        stub.Hits.Should().Be(3, "both hosts spend from one budget, whose share by now is 3 calls");
        outcomes.Should().OnlyContain(o => o.Status == RunStatus.Succeeded);
        (await first.RunsAsync()).Count(r => r.ProfileNote != null).Should().Be(5);
        (await first.RunsAsync()).Where(r => r.ProfileNote != null).Should().OnlyContain(r => r.ProfileNote!.Contains("paced"));
        var status = await StatusAsync(second);
        status.CallsLastHour.Should().Be(3);
        status.CallsPerHour.Should().Be(36);
    }

    [Fact]
    public async Task A_profile_fetched_within_the_refetch_minimum_age_is_not_fetched_again()
    {
        await using var stub = await GraphApiStub.StartAsync(200, GraphApiStub.CreatorProfile);
        await using var factory = new BudgetFactory(stub.BaseUrl);
        var id = (await factory.AddInfluencersAsync(1))[0];

        await RecalculateAsync(factory, id);
        factory.Time.Advance(TimeSpan.FromMinutes(50));
        var again = await RecalculateAsync(factory, id);
        factory.Time.Advance(TimeSpan.FromMinutes(5));
        var afterCap = await RecalculateAsync(factory, id);

        again.Status.Should().Be(RunStatus.Succeeded);
        (await factory.RunsAsync()).Single(r => r.Id == again.RunId).ProfileNote.Should().Contain("refetch minimum age");
        afterCap.Status.Should().Be(RunStatus.Succeeded);
        stub.Hits.Should().Be(2, "RefetchMinAge (6 h) is capped at HotTargetAge less one sweep interval: 55 minutes");
    }

    [Fact]
    public async Task An_account_that_cannot_be_read_backs_the_influencer_off_to_the_maximum()
    {
        await using var stub = await GraphApiStub.StartAsync(400, GraphApiStub.Error(110, "Invalid user id", subcode: 2207013));
        await using var factory = new BudgetFactory(stub.BaseUrl);
        var id = (await factory.AddInfluencersAsync(1))[0];

        var outcome = await RecalculateAsync(factory, id);

        outcome.Status.Should().Be(RunStatus.Failed);
        var state = await factory.ClaimStateAsync(id);
        state!.RetryNotBefore.Should().Be(ApiFactory.Start.UtcDateTime + new MetricsUpdateOptions().FailureBackoff.Max);
    }

    private static async Task<RunOutcome> RecalculateAsync(ApiFactory factory, Guid influencerId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>()
            .Send(new ExecuteRunCommand(influencerId, RunTrigger.Manual));
    }

    private static async Task<SourceStatus> StatusAsync(ApiFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(new GetSourceStatusQuery());
    }

    private sealed class BudgetFactory(string baseUrl, string token = BudgetFactory.Token, int callsPerHour = 200, string? databasePath = null) : ApiFactory
    {
        public const string Token = "EAAG-budget-test-token-5b1f";

        protected override Dictionary<string, string?> Settings()
        {
            var settings = base.Settings();
            if (databasePath is not null)
            {
                settings["ConnectionStrings:Default"] = $"Data Source={databasePath}";
            }

            settings["SocialData:Source"] = "InstagramGraph";
            settings["SocialData:InstagramGraph:BaseUrl"] = baseUrl;
            settings["SocialData:InstagramGraph:AccessToken"] = token;
            settings["SocialData:InstagramGraph:BusinessAccountId"] = "17841400000000001";
            settings["SocialData:InstagramGraph:CallsPerHour"] = callsPerHour.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return settings;
        }
    }
}
