using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading.RateLimiting;
using AnalisaAI.Api.Infrastructure.OpenApi;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace AnalisaAI.Api.Infrastructure.Web;

public static class WebServiceCollectionExtensions
{
    public static IHostApplicationBuilder AddWeb(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<JsonOptions>(options => ConfigureJson(options.SerializerOptions));
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(options =>
        {
            options.Limits.MaxRequestBodySize = RequestLimits.MaxRequestBodyBytes;
            options.AddServerHeader = false;
        });

        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
            ProblemResponses.Complete(context.HttpContext, context.ProblemDetails));
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();

        services.AddOptions<SpaCorsOptions>().Bind(builder.Configuration.GetSection(SpaCorsOptions.Section))
            .Validate(o => o.AllowedOrigins.All(IsExactOrigin),
                "Cors:AllowedOrigins must list exact origins such as https://app.example.com (no wildcard, no path).")
            .ValidateOnStart();
        services.AddCors();
        services.AddSingleton<IConfigureOptions<Microsoft.AspNetCore.Cors.Infrastructure.CorsOptions>, ConfigureSpaCors>();
        services.AddSingleton<ForegroundLoad>();
        services.AddSingleton<IForegroundLoad>(provider => provider.GetRequiredService<ForegroundLoad>());

        services.AddOptions<TrustedProxyOptions>().Bind(builder.Configuration.GetSection(TrustedProxyOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IConfigureOptions<Microsoft.AspNetCore.Builder.ForwardedHeadersOptions>, ConfigureForwardedHeaders>();

        AddRateLimiting(builder);
        services.AddOpenApiDocument();
        services.AddHealthChecks();
        return builder;
    }

    public static void ConfigureJson(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        // The document says integer: "5" is not one (the web defaults would read it).
        options.NumberHandling = JsonNumberHandling.Strict;
        options.Converters.Add(new OffsetDateTimeConverter());
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false));
    }

    private static bool IsExactOrigin(string origin) =>
        origin != "*" && Uri.TryCreate(origin, UriKind.Absolute, out var uri)
        && uri.Scheme is "http" or "https" && uri.PathAndQuery == "/" && !origin.EndsWith('/');

    private static void AddRateLimiting(IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<RateLimitingOptions>()
            .Bind(builder.Configuration.GetSection(RateLimitingOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(RateLimitPolicies.Login, context => PerClient(context, o => o.Login));
            limiter.AddPolicy(RateLimitPolicies.Refresh, context => PerClient(context, o => o.Refresh));
            limiter.OnRejected = async (context, cancellationToken) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
                var http = context.HttpContext;
                http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                await ProblemResponses.WriteAsync(http, new ProblemDetails
                {
                    Status = StatusCodes.Status429TooManyRequests,
                    Title = "Too Many Requests",
                    Detail = "Too many requests from this client; retry after the time in the Retry-After header.",
                });
            };
        });
    }

    private static RateLimitPartition<string> PerClient(HttpContext context, Func<RateLimitingOptions, RateLimitingOptions.FixedWindow> select)
    {
        var window = select(context.RequestServices.GetRequiredService<IOptions<RateLimitingOptions>>().Value);
        // The connection's address, or a trusted proxy's X-Forwarded-For (the forwarded-headers middleware runs first).
        var client = ClientAddress.PartitionKey(context.Connection.RemoteIpAddress);
        return RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = window.PermitLimit,
            Window = window.Window,
            QueueLimit = 0,
        });
    }
}
