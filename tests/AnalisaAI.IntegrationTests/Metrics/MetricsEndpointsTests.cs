using System.Net;
using AnalisaAI.Api.Features.MetricsUpdate.Execution;
using AnalisaAI.Api.Features.MetricsUpdate.Runs;
using AnalisaAI.IntegrationTests.Infrastructure;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace AnalisaAI.IntegrationTests.Metrics;

public sealed class MetricsEndpointsTests(MetricsEndpointsTests.Factory factory) : IClassFixture<MetricsEndpointsTests.Factory>
{
    public sealed class Factory : ApiFactory
    {
        protected override Dictionary<string, string?> Settings()
        {
            var settings = base.Settings();
            settings["Serilog:MinimumLevel:Override:Quartz"] = "Debug";
            return settings;
        }
    }

    private async Task<Guid> RecalculateAsync(Guid influencerId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<ISender>()
            .Send(new ExecuteRunCommand(influencerId, RunTrigger.Manual));
        outcome.Status.Should().Be(RunStatus.Succeeded);
        return outcome.RunId;
    }

    [Fact]
    public async Task Latest_metrics_are_404_before_the_first_run_and_for_an_unknown_influencer()
    {
        var id = (await factory.AddInfluencersAsync(1))[0];
        var client = await factory.CreateAnalystClientAsync();

        var none = await client.GetAsync($"/api/influencers/{id}/metrics");
        none.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await none.ReadProblemAsync())["detail"]!.GetValue<string>().Should().Contain("no metrics yet");
        (await client.GetAsync($"/api/influencers/{Guid.NewGuid()}/metrics")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task History_is_newest_first_and_honours_from_to_and_limit()
    {
        var id = (await factory.AddInfluencersAsync(1))[0];
        var runs = new List<(Guid Run, DateTimeOffset At)>();
        for (var i = 0; i < 3; i++)
        {
            factory.Time.Advance(TimeSpan.FromHours(1));
            runs.Add((await RecalculateAsync(id), factory.Time.GetUtcNow()));
        }

        var client = await factory.CreateAnalystClientAsync();
        var all = (await (await client.GetAsync($"/api/influencers/{id}/metrics/history")).ReadJsonAsync())["items"]!.AsArray();
        all.Select(n => n!["runId"]!.GetValue<Guid>()).Should().Equal(runs.Select(r => r.Run).Reverse());
        all[0]!.AsObject().Should().ContainKeys("calculatedAt", "dataAsOf", "engagement", "reach", "growth", "relevance", "benchmark", "signals");

        var limited = (await (await client.GetAsync($"/api/influencers/{id}/metrics/history?limit=1")).ReadJsonAsync())["items"]!.AsArray();
        limited.Select(n => n!["runId"]!.GetValue<Guid>()).Should().Equal(runs[2].Run);

        var from = Uri.EscapeDataString(runs[1].At.ToString("O"));
        var to = Uri.EscapeDataString(runs[1].At.ToString("O"));
        var window = (await (await client.GetAsync($"/api/influencers/{id}/metrics/history?from={from}&to={to}")).ReadJsonAsync())["items"]!.AsArray();
        window.Select(n => n!["runId"]!.GetValue<Guid>()).Should().Equal(runs[1].Run);

        var latest = await (await client.GetAsync($"/api/influencers/{id}/metrics")).ReadJsonAsync();
        latest["runId"]!.GetValue<Guid>().Should().Be(runs[2].Run);
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=501", "limit")]
    [InlineData("from=2026-07-01T00:00:00Z&to=2026-06-01T00:00:00Z", "to")]
    public async Task History_refuses_bad_queries(string query, string field)
    {
        var id = (await factory.AddInfluencersAsync(1))[0];
        var client = await factory.CreateAnalystClientAsync();

        var response = await client.GetAsync($"/api/influencers/{id}/metrics/history?{query}");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.ReadProblemAsync())["errors"]!.AsObject().Should().ContainKey(field);
    }

    [Fact]
    public async Task Manual_recalculation_is_admin_only_answers_202_and_runs_in_the_background()
    {
        var id = (await factory.AddInfluencersAsync(1))[0];
        var analyst = await factory.CreateAnalystClientAsync();
        (await analyst.PostAsync($"/api/influencers/{id}/metrics/recalculate", null)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await factory.CreateClient().PostAsync($"/api/influencers/{id}/metrics/recalculate", null)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);

        var admin = await factory.CreateAdminClientAsync();
        (await admin.PostAsync($"/api/influencers/{Guid.NewGuid()}/metrics/recalculate", null)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        var accepted = await admin.PostAsync($"/api/influencers/{id}/metrics/recalculate", null);
        accepted.StatusCode.Should().Be(HttpStatusCode.Accepted);
        var body = await accepted.ReadJsonAsync();
        body["influencerId"]!.GetValue<Guid>().Should().Be(id);
        var runId = body["runId"]!.GetValue<Guid>();

        var runs = await TestData.EventuallyAsync(
            async () => (await (await admin.GetAsync($"/api/metric-updates?influencerId={id}")).ReadJsonAsync())["items"]!.AsArray(),
            items => items.Any(r => r!["id"]!.GetValue<Guid>() == runId && r["status"]!.GetValue<string>() == "succeeded"));
        File.WriteAllLines("/tmp/debug-logs.txt", factory.Logs.Lines.Select(l => $"{l.Level} {l.Category}: {l.Message} {l.Exception}"));
        var run = runs.Single(r => r!["id"]!.GetValue<Guid>() == runId)!;
        run["status"]!.GetValue<string>().Should().Be("succeeded");
        run["trigger"]!.GetValue<string>().Should().Be("manual");
        run["influencerId"]!.GetValue<Guid>().Should().Be(id);
        run.AsObject().Should().ContainKeys("startedAt", "finishedAt", "failedStage", "error");
    }

    [Fact]
    public async Task The_run_log_is_admin_only_newest_first_and_limited()
    {
        var id = (await factory.AddInfluencersAsync(1))[0];
        var first = await RecalculateAsync(id);
        factory.Time.Advance(TimeSpan.FromMinutes(1));
        var second = await RecalculateAsync(id);

        var analyst = await factory.CreateAnalystClientAsync();
        (await analyst.GetAsync("/api/metric-updates")).StatusCode.Should().Be(HttpStatusCode.Forbidden);

        var admin = await factory.CreateAdminClientAsync();
        var items = (await (await admin.GetAsync($"/api/metric-updates?influencerId={id}")).ReadJsonAsync())["items"]!.AsArray();
        items.Select(n => n!["id"]!.GetValue<Guid>()).Should().Equal(second, first);
        var limited = (await (await admin.GetAsync("/api/metric-updates?limit=1")).ReadJsonAsync())["items"]!.AsArray();
        limited.Should().HaveCount(1);
        (await admin.GetAsync("/api/metric-updates?limit=0")).StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }
}
