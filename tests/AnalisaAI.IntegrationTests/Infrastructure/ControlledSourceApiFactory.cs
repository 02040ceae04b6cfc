using AnalisaAI.Api.Features.SocialData;
using Microsoft.Extensions.DependencyInjection;

namespace AnalisaAI.IntegrationTests.Infrastructure;

/// <summary>The app with a social data source the test controls (<see cref="Source"/>).</summary>
public class ControlledSourceApiFactory : ApiFactory
{
    private ControllableSocialDataSource? source;

    public ControllableSocialDataSource Source => source ??= Services.GetRequiredService<ControllableSocialDataSource>();

    protected override Dictionary<string, string?> Settings()
    {
        var settings = base.Settings();
        settings["MetricsUpdate:Enabled"] = "true";
        return settings;
    }

    protected override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<ControllableSocialDataSource>();
        services.AddScoped<ISocialDataSource, ControllableSourceAdapter>();
    }
}
