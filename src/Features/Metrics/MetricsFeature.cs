namespace AnalisaAI.Api.Features.Metrics;

public static class MetricsFeature
{
    public static IHostApplicationBuilder AddMetricsFeature(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<MetricsOptions>()
            .Bind(builder.Configuration.GetSection(MetricsOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        return builder;
    }
}
