using System.Net;
using AnalisaAI.Api.Features.MetricsUpdate.Execution;
using AnalisaAI.Api.Features.MetricsUpdate.Runs;
using AnalisaAI.IntegrationTests.Infrastructure;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace AnalisaAI.IntegrationTests.Observability;

/// <summary><c>/metrics</c> in Prometheus text: the run counter after a run, the freshness gauges; absent when switched off.</summary>
public sealed class PrometheusEndpointTests
{
    [Fact]
    public async Task Metrics_shows_the_run_counter_with_its_labels_after_a_run()
    {
        await using var factory = new PrometheusFactory();
        var ids = await factory.AddInfluencersAsync(3);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var outcome = await scope.ServiceProvider.GetRequiredService<ISender>()
                .Send(new ExecuteRunCommand(ids[0], RunTrigger.Manual));
            outcome.Status.Should().Be(RunStatus.Succeeded);
        }

        var client = factory.CreateClient();
        (await client.GetAsync("/health/live")).StatusCode.Should().Be(HttpStatusCode.OK);
        var response = await client.GetAsync("/metrics");

        response.StatusCode.Should().Be(HttpStatusCode.OK, "the endpoint is anonymous, like a health probe");
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/plain");
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n');
        lines.Should().Contain(l => l.StartsWith("analisaai_metric_runs_total{", StringComparison.Ordinal)
            && l.Contains("trigger=\"manual\"", StringComparison.Ordinal) && l.Contains("status=\"succeeded\"", StringComparison.Ordinal));
        lines.Should().Contain(l => l.StartsWith("analisaai_metric_run_duration_seconds_bucket{", StringComparison.Ordinal)
            && l.Contains("le=\"0.5\"", StringComparison.Ordinal), "the buckets are in seconds");
        // Its value is checked through GET /api/metric-updates/freshness, which reads the same computation: in this
        // test process other app hosts publish gauges under the same meter name too.
        lines.Should().Contain(l => l.StartsWith("analisaai_influencers_due{", StringComparison.Ordinal));
        lines.Should().Contain(l => l.StartsWith("analisaai_metrics_age_seconds", StringComparison.Ordinal));
        lines.Should().Contain(l => l.StartsWith("http_server_request_duration_seconds", StringComparison.Ordinal), "the ASP.NET Core meter is on");
    }

    [Fact]
    public async Task Metrics_is_absent_when_switched_off()
    {
        await using var factory = new ApiFactory();

        var response = await factory.CreateClient().GetAsync("/metrics");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    private sealed class PrometheusFactory : ApiFactory
    {
        protected override Dictionary<string, string?> Settings()
        {
            var settings = base.Settings();
            settings["Observability:PrometheusEndpoint"] = "true";
            return settings;
        }
    }
}
