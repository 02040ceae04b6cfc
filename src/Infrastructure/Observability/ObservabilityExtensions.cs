using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace AnalisaAI.Api.Infrastructure.Observability;

/// <summary>
/// OpenTelemetry plumbing: the ASP.NET Core and runtime meters, request traces, <c>/metrics</c> in Prometheus
/// text when <c>Observability:PrometheusEndpoint</c> is on (default: Development only), and OTLP export when
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set. Features add their own meters and activity sources.
/// </summary>
public static class ObservabilityExtensions
{
    public const string PrometheusEndpointKey = "Observability:PrometheusEndpoint";
    public const string OtlpEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";
    public const string ServiceName = "AnalisaAI";

    public static IHostApplicationBuilder AddObservability(this IHostApplicationBuilder builder)
    {
        var prometheus = PrometheusEndpoint(builder.Configuration, builder.Environment);
        var otlp = !string.IsNullOrWhiteSpace(builder.Configuration[OtlpEndpointKey]);
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName))
            .WithMetrics(metrics =>
            {
                metrics.AddAspNetCoreInstrumentation().AddRuntimeInstrumentation();
                if (prometheus)
                {
                    metrics.AddPrometheusExporter();
                }

                if (otlp)
                {
                    metrics.AddOtlpExporter();
                }
            })
            .WithTracing(tracing =>
            {
                tracing.AddAspNetCoreInstrumentation();
                if (otlp)
                {
                    tracing.AddOtlpExporter();
                }
            });
        return builder;
    }

    /// <summary>Maps <c>/metrics</c> (anonymous, like a health probe) when the switch is on; otherwise the path stays a 404.</summary>
    public static WebApplication UseObservability(this WebApplication app)
    {
        if (PrometheusEndpoint(app.Configuration, app.Environment))
        {
            app.MapPrometheusScrapingEndpoint().AllowAnonymous();
        }

        return app;
    }

    private static bool PrometheusEndpoint(IConfiguration configuration, IHostEnvironment environment) =>
        configuration.GetValue<bool?>(PrometheusEndpointKey) ?? environment.IsDevelopment();
}
