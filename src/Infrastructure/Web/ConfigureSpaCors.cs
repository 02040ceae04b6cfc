using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;

namespace AnalisaAI.Api.Infrastructure.Web;

/// <summary>Allows exactly the SPA's configured origins, and nothing when none is configured.</summary>
internal sealed class ConfigureSpaCors(IOptions<SpaCorsOptions> spa) : IConfigureOptions<CorsOptions>
{
    public void Configure(CorsOptions options) =>
        options.AddPolicy(SpaCorsOptions.PolicyName, policy => policy
            .WithOrigins(spa.Value.AllowedOrigins)
            .WithHeaders("Authorization", "Content-Type")
            .WithMethods("GET", "POST", "PUT", "DELETE")
            .WithExposedHeaders("Location", "Retry-After"));
}
