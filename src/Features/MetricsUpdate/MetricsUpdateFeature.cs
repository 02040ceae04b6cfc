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
        builder.Services.AddSingleton<MetricsUpdateQueue>();
        builder.Services.AddHostedService<MetricsUpdateRunner>();
        return builder;
    }
}
