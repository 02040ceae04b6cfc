using AnalisaAI.Api.Infrastructure.Persistence;

namespace AnalisaAI.Api.Features.Demo;

public static class DemoFeature
{
    /// <summary>
    /// Honoured in Development only (on there by default): the demo admin's password is public, so no other
    /// environment ever creates it, whatever the setting says.
    /// </summary>
    public const string SeedKey = "Seed:Demo";

    public static IHostApplicationBuilder AddDemoFeature(this IHostApplicationBuilder builder)
    {
        if (builder.Environment.IsDevelopment() && builder.Configuration.GetValue(SeedKey, defaultValue: true))
        {
            builder.Services.AddScoped<IDatabaseSeeder, DemoDataSeeder>();
        }

        return builder;
    }
}
