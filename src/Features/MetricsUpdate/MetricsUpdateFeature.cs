using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace AnalisaAI.Api.Features.MetricsUpdate;

public static class MetricsUpdateFeature
{
    public static IHostApplicationBuilder AddMetricsUpdateFeature(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<MetricsUpdateOptions>()
            .Bind(builder.Configuration.GetSection(MetricsUpdateOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddScoped<MetricsUpdateState>();
        builder.Services.AddScoped<MetricsUpdateScheduler>();
        builder.Services.AddSingleton<MetricsUpdateTriggers>();
        builder.Services.AddSingleton<MetricsUpdateQueue>();
        builder.Services.AddSingleton<MetricsUpdateThreads>();

        // The budget paces on real time (like Quartz), whatever clock the metrics read.
        builder.Services.AddSingleton(provider => ActivatorUtilities.CreateInstance<MetricsUpdateBudget>(provider, TimeProvider.System));
        builder.Services.AddHostedService<MetricsUpdateDispatcher>();
        builder.Services.AddHostedService<MetricsUpdateRunner>();
        AddSingletonService<MetricsUpdateManualRunner>(builder.Services);
        AddSingletonService<MetricsUpdateHeartbeat>(builder.Services);
        AddSingletonService<MetricsUpdateViews>(builder.Services);
        builder.Services.AddHostedService<MetricsUpdateSweepSchedule>();

        builder.Services.AddSingleton<MetricsUpdateGauges>();
        builder.Services.AddOpenTelemetry()
            .WithMetrics(metrics => metrics
                .AddMeter(MetricsUpdateTelemetry.Name)
                .AddInstrumentation(provider => provider.GetRequiredService<MetricsUpdateGauges>()))
            .WithTracing(tracing => tracing.AddSource(MetricsUpdateTelemetry.Name));
        return builder;
    }

    /// <summary>A background service that other classes also use: one instance for both.</summary>
    private static void AddSingletonService<TService>(IServiceCollection services)
        where TService : class, IHostedService
    {
        services.AddSingleton<TService>();
        services.AddHostedService(provider => provider.GetRequiredService<TService>());
    }
}
