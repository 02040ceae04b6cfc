using AnalisaAI.Api.Infrastructure.Persistence;

namespace AnalisaAI.Api.Features.Demo;

public static class DemoFeature
{
    /// <summary>On in Development (appsettings.Development.json) and wherever it is set; off otherwise.</summary>
    public const string SeedKey = "Seed:Demo";

    public static IHostApplicationBuilder AddDemoFeature(this IHostApplicationBuilder builder)
    {
        if (builder.Configuration.GetValue(SeedKey, defaultValue: builder.Environment.IsDevelopment()))
        {
            builder.Services.AddScoped<IDatabaseSeeder, DemoDataSeeder>();
        }

        return builder;
    }
}
