using AnalisaAI.Api.Features.Metrics.Benchmark;
using AnalisaAI.Api.Features.Metrics.Engagement;
using AnalisaAI.Api.Features.Metrics.Growth;
using AnalisaAI.Api.Features.Metrics.Reach;
using AnalisaAI.Api.Features.Metrics.Relevance;
using AnalisaAI.Api.Features.Metrics.Signals;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AnalisaAI.Api.Features.Metrics;

public static class MetricsFeature
{
    public static IHostApplicationBuilder AddMetricsFeature(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<MetricsOptions>()
            .Bind(builder.Configuration.GetSection(MetricsOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        // The stages of a run, in the order they run: a stage may read the results of those above it.
        builder.Services.AddScoped<IMetricStage, EngagementStage>();
        builder.Services.AddScoped<IMetricStage, ReachStage>();
        builder.Services.AddScoped<IMetricStage, GrowthStage>();
        builder.Services.AddScoped<IMetricStage, RelevanceStage>();
        builder.Services.AddScoped<IMetricStage, BenchmarkStage>();
        builder.Services.AddScoped<IMetricStage, SignalsStage>();
        builder.Services.AddScoped<WindowPosts>();
        builder.Services.AddSingleton<PeerIndex>();
        builder.Services.AddSingleton<IInterceptor, BenchmarkEntryWriter>();
        builder.Services.AddOpenTelemetry().WithTracing(tracing => tracing.AddSource(MetricsTelemetry.Name));
        return builder;
    }
}
