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

    /// <summary>
    /// Serves the built files (hashed assets cached for good, the rest revalidated) and answers a GET that no
    /// endpoint matched, outside the server's own paths, with the index page: the client routes. Routing runs
    /// first, so the API's 404, 405 and 415 answers stay as they are.
    /// </summary>
    public static WebApplication UseDashboard(this WebApplication app)
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
        app.Use((context, next) => IsClientRoute(context) ? WriteIndexAsync(context) : next(context));
        return app;
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
    }

    private static void AddSecurityHeaders(HttpResponse response)
    {
        var headers = response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
    }
}
