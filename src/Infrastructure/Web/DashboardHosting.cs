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

    /// <summary>Serves the built files; hashed assets are cached for good, everything else is revalidated.</summary>
    public static WebApplication UseDashboardFiles(this WebApplication app)
    {
        app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = context =>
            {
                var headers = context.Context.Response.Headers;
                headers.CacheControl = context.Context.Request.Path.StartsWithSegments("/assets")
                    ? "public, max-age=31536000, immutable"
                    : "no-cache";
                AddSecurityHeaders(context.Context.Response);
            },
        });
        return app;
    }

    /// <summary>Answers GET requests for client routes with the app's index page (or, unbuilt, how to build it).</summary>
    public static WebApplication MapDashboardFallback(this WebApplication app)
    {
        app.MapFallback(async context =>
        {
            var request = context.Request;
            if (!(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
                || ServerPaths.Any(path => request.Path.StartsWithSegments(path, StringComparison.OrdinalIgnoreCase)))
            {
                // No body, so the status-code pages write the usual 404 problem details.
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            var response = context.Response;
            response.ContentType = "text/html; charset=utf-8";
            response.Headers.CacheControl = "no-cache";
            AddSecurityHeaders(response);
            var index = context.RequestServices.GetRequiredService<IWebHostEnvironment>().WebRootFileProvider.GetFileInfo("index.html");
            if (index.Exists)
            {
                await response.SendFileAsync(index, context.RequestAborted);
            }
            else
            {
                await response.WriteAsync(NotBuiltPage, context.RequestAborted);
            }
        });
        return app;
    }

    private static void AddSecurityHeaders(HttpResponse response)
    {
        var headers = response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
    }
}
