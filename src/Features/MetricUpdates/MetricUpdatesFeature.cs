namespace AnalisaAI.Api.Features.MetricUpdates;

public static class MetricUpdatesFeature
{
    public static IHostApplicationBuilder AddMetricUpdatesFeature(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<MetricsUpdateOptions>()
            .Bind(builder.Configuration.GetSection(MetricsUpdateOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddScoped<InfluencerClaims>();
        builder.Services.AddSingleton<MetricsUpdateQueue>();
        builder.Services.AddHostedService<MetricsUpdateRunner>();
        return builder;
    }
}
