using Microsoft.AspNetCore.StaticAssets;
using Microsoft.AspNetCore.StaticAssets.Infrastructure;
using Microsoft.Net.Http.Headers;

namespace AnalisaAI.Api.Infrastructure.Web;

/// <summary>
/// Serves the dashboard (the single-page app built from web/ into wwwroot) at <c>/</c>, with its index page
/// for every client route. The API's own paths keep precedence: an unknown one stays a 404 problem.
/// </summary>
public static class DashboardHosting
{
    private static readonly string[] ServerPaths = ["/api", "/swagger", "/health", "/metrics"];

    // Everything the app needs comes from this origin; nothing may frame it.
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
        + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    // Vite names every file it writes under assets/ after its content, so a changed file is a new address.
    private const string HashedAssetsFolder = "assets/";
    private const string CachedForGood = "public, max-age=31536000, immutable";

    internal const string NotBuiltPage = """
        <!doctype html>
        <html lang="en">
        <head><meta charset="utf-8"><title>AnalisaAI</title></head>
        <body>
        <h1>AnalisaAI API</h1>
        <p>The dashboard has not been built. Install Node.js 20 or later (with npm), make sure <code>node</code>
        and <code>npm</code> are on the PATH, and run <code>dotnet build</code> (or <code>dotnet run --project src</code>)
        again: the build then builds the dashboard from <code>web/</code>.</p>
        <p>The API works without it: <a href="/swagger">Swagger UI</a>, <a href="/health/ready">readiness</a>.</p>
        </body>
        </html>
        """;

    /// <summary>
    /// Finds the build's compressed copies in any environment. From build output (<c>dotnet run</c>, the tests)
    /// they live under obj/, which the build's static web assets manifest maps into the web root; ASP.NET Core
    /// reads that manifest in Development only. Published output has no such manifest, and this does nothing.
    /// </summary>
    public static WebApplicationBuilder AddDashboard(this WebApplicationBuilder builder)
    {
        if (!builder.Environment.IsDevelopment())
        {
            builder.WebHost.UseStaticWebAssets();
        }

        // Off: from build output, ASP.NET Core 10.0's reload of changed assets takes every file whose modification
        // time has a fraction of a second (all that Vite writes) for changed, and sends it as gzip under the
        // Content-Encoding it negotiated, brotli included, which browsers cannot decode. The build's files do not
        // change while the app runs; a new dashboard build is picked up by restarting.
        builder.Configuration["ReloadStaticAssetsAtRuntime"] = "false";
        return builder;
    }

    /// <summary>
    /// Serves the built files as the static assets endpoints the build or publish described: each file with its
    /// brotli or gzip copy as the request accepts, an ETag, the hashed assets cached for good and the rest
    /// revalidated. A GET that no endpoint matched, outside the server's own paths, gets the index page: the
    /// client routes. Routing runs first, so the API's 404, 405 and 415 answers stay as they are.
    /// </summary>
    public static WebApplication UseDashboard(this WebApplication app)
    {
        var manifest = Path.Combine(AppContext.BaseDirectory, $"{app.Environment.ApplicationName}.staticwebassets.endpoints.json");
        if (File.Exists(manifest))
        {
            app.MapStaticAssets(manifest);
            foreach (var asset in StaticAssetsEndpointDataSourceHelper.ResolveStaticAssetDescriptors(app, manifest))
            {
                asset.ResponseHeaders = DashboardHeaders(asset);
            }
        }

        app.Use((context, next) => IsClientRoute(context) ? WriteIndexAsync(context) : next(context));
        return app;
    }

    /// <summary>
    /// The build marks only the addresses it fingerprinted itself as immutable (and, from build output, none:
    /// ASP.NET Core turns caching off there); Vite's hashed names are just as safe to keep. Every file also
    /// carries the dashboard's security policy.
    /// </summary>
    private static List<StaticAssetResponseHeader> DashboardHeaders(StaticAssetDescriptor asset)
    {
        var hashed = asset.Route.StartsWith(HashedAssetsFolder, StringComparison.Ordinal);
        var headers = asset.ResponseHeaders
            .Where(header => !(hashed && header.Name.Equals(HeaderNames.CacheControl, StringComparison.OrdinalIgnoreCase)))
            .ToList();
        if (hashed)
        {
            headers.Add(new StaticAssetResponseHeader(HeaderNames.CacheControl, CachedForGood));
        }

        headers.Add(new StaticAssetResponseHeader(HeaderNames.ContentSecurityPolicy, ContentSecurityPolicy));
        return headers;
    }

    private static bool IsClientRoute(HttpContext context)
    {
        var request = context.Request;
        return context.GetEndpoint() is null
            && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && !Path.HasExtension(request.Path.Value)
            && !ServerPaths.Any(path => request.Path.StartsWithSegments(path, StringComparison.OrdinalIgnoreCase));
    }

    private static async Task WriteIndexAsync(HttpContext context)
    {
        var response = context.Response;
        response.ContentType = "text/html; charset=utf-8";
        // Revalidated on every visit: it names the hashed assets of the current build.
        response.Headers.CacheControl = "no-cache";
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        var index = context.RequestServices.GetRequiredService<IWebHostEnvironment>().WebRootFileProvider.GetFileInfo("index.html");
        if (index.Exists)
        {
            await response.SendFileAsync(index, context.RequestAborted);
        }
        else
        {
            await response.WriteAsync(NotBuiltPage, context.RequestAborted);
        }
    }
}
