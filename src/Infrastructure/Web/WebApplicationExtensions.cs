using AnalisaAI.Api.Infrastructure.Logging;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace AnalisaAI.Api.Infrastructure.Web;

public static class WebApplicationExtensions
{
    public static WebApplication UseWeb(this WebApplication app)
    {
        // The client address comes first, so everything after (logs, rate limits) sees the real one. Only
        // with trusted proxies configured: with none, the middleware would believe X-Forwarded-For from anyone.
        if (app.Services.GetRequiredService<IOptions<TrustedProxyOptions>>().Value is { } trusted
            && (trusted.KnownProxies.Count > 0 || trusted.KnownNetworks.Count > 0))
        {
            app.UseForwardedHeaders();
        }

        // Request logging wraps everything, so it records the status the client really got.
        app.UseMiddleware<RequestLoggingMiddleware>();
        app.UseMiddleware<SecurityHeadersMiddleware>();

        // Background work (the metrics update) yields while requests are being served.
        var load = app.Services.GetRequiredService<ForegroundLoad>();
        app.Use(load.TrackAsync);
        app.UseExceptionHandler();
        app.UseStatusCodePages(ProblemResponses.WriteStatusAsync);
        app.UseMiddleware<RequestBodyLimitMiddleware>();
        app.UseMiddleware<RequestCharsetMiddleware>();
        app.UseSwagger();
        app.UseSwaggerUI(options => options.DocumentTitle = "AnalisaAI API");
        app.UseDashboard();
        app.UseCors(SpaCorsOptions.PolicyName);
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
        app.MapFeatureEndpoints();
        return app;
    }
}
