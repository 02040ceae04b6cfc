using AnalisaAI.Api.Features;
using AnalisaAI.Api.Features.MetricsUpdate.Claims;
using AnalisaAI.Api.Features.MetricsUpdate.Execution;
using AnalisaAI.Api.Features.MetricsUpdate.Freshness;
using AnalisaAI.Api.Features.MetricsUpdate.Instances;
using AnalisaAI.Api.Features.MetricsUpdate.Interest;
using AnalisaAI.Api.Features.MetricsUpdate.ManualRuns;
using AnalisaAI.Api.Features.MetricsUpdate.Runs;
using AnalisaAI.Api.Features.MetricsUpdate.Scheduling;
using AnalisaAI.Api.Features.MetricsUpdate.Telemetry;
using AnalisaAI.Api.Features.MetricsUpdate.Triggers;
using AnalisaAI.Api.Features.SocialData;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

// The update's workflow folders: shared by the feature's slices, not slices themselves (the architecture test reads these).
[assembly: FeatureFolder(typeof(ClaimStore))]
[assembly: FeatureFolder(typeof(RunLifecycle))]
[assembly: FeatureFolder(typeof(FreshnessReader))]
[assembly: FeatureFolder(typeof(Heartbeat))]
[assembly: FeatureFolder(typeof(ViewRecorder))]
[assembly: FeatureFolder(typeof(ManualRunner))]
[assembly: FeatureFolder(typeof(RunLog))]
[assembly: FeatureFolder(typeof(SweepJob))]
[assembly: FeatureFolder(typeof(RunTelemetry))]
[assembly: FeatureFolder(typeof(TriggerQueue))]

namespace AnalisaAI.Api.Features.MetricsUpdate;

public static class MetricsUpdateFeature
{
    public static IHostApplicationBuilder AddMetricsUpdateFeature(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<MetricsUpdateOptions>()
            .Bind(builder.Configuration.GetSection(MetricsUpdateOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        // The source's refetch minimum age never outlasts the hot target it serves, and its pacing lets the sweep take its interval's share.
        // Bound here unvalidated: a bad update setting is reported once, by its own validation.
        builder.Services.AddOptions<SocialDataOptions>().PostConfigure<IConfiguration>((social, configuration) =>
        {
            var settings = configuration.GetSection(MetricsUpdateOptions.Section).Get<MetricsUpdateOptions>() ?? new MetricsUpdateOptions();
            social.InstagramGraph.PaceAhead = settings.Lead;
            if (social.InstagramGraph.RefetchMinAge > settings.RefetchMinAgeCap)
            {
                social.InstagramGraph.RefetchMinAge = settings.RefetchMinAgeCap;
            }
        });
        builder.Services.AddScoped<ClaimStore>();
        builder.Services.AddScoped<RunLog>();
        builder.Services.AddScoped<RunLifecycle>();
        builder.Services.AddScoped<InstanceRegistry>();
        builder.Services.AddScoped<FreshnessReader>();
        builder.Services.AddScoped<RefreshScheduler>();
        builder.Services.AddSingleton<TriggerQueue>();
        builder.Services.AddSingleton<LoginQueue>();
        builder.Services.AddSingleton<RunThreads>();
        builder.Services.AddSingleton<ActiveRuns>();

        // The budget paces on real time (like Quartz), whatever clock the metrics read.
        builder.Services.AddSingleton(provider => ActivatorUtilities.CreateInstance<Budget>(provider, TimeProvider.System));
        builder.Services.AddHostedService<TriggerDispatcher>();
        builder.Services.AddHostedService<LoginRunner>();
        AddSingletonService<ManualRunner>(builder.Services);
        AddSingletonService<Heartbeat>(builder.Services);
        AddSingletonService<ViewRecorder>(builder.Services);
        builder.Services.AddHostedService<SweepSchedule>();

        builder.Services.AddSingleton<FreshnessGauges>();
        builder.Services.AddOpenTelemetry()
            .WithMetrics(metrics => metrics
                .AddMeter(RunTelemetry.Name)
                .AddInstrumentation(provider => provider.GetRequiredService<FreshnessGauges>()))
            .WithTracing(tracing => tracing.AddSource(RunTelemetry.Name));
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
