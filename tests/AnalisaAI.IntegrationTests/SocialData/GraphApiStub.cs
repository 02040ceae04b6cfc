using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AnalisaAI.IntegrationTests.SocialData;

/// <summary>A real Kestrel server on a free local port that answers like the Graph API, scripted per test.</summary>
public sealed class GraphApiStub : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<GraphRequest> requests = new();
    private int hits;

    /// <summary>A creator's profile with no media: what the budget and scheduler tests fetch.</summary>
    public const string CreatorProfile = """
        {
          "business_discovery": {
            "username": "creator", "name": "Creator", "followers_count": 152340, "follows_count": 312, "media_count": 981,
            "media": { "data": [] }
          },
          "id": "17841400000000001"
        }
        """;

    private GraphApiStub(WebApplication app) => this.app = app;

    /// <summary>Base URL the way the app configures it, e.g. http://127.0.0.1:5123/v21.0.</summary>
    public string BaseUrl { get; private set; } = "";

    public int Hits => Volatile.Read(ref hits);

    public IReadOnlyList<GraphRequest> Requests => [.. requests];

    /// <summary>Starts a stub whose answer to the n-th request (1-based) is written by <paramref name="respond"/>.</summary>
    public static async Task<GraphApiStub> StartAsync(Func<HttpContext, int, Task> respond)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var stub = new GraphApiStub(app);
        app.Run(async context =>
        {
            var hit = Interlocked.Increment(ref stub.hits);
            stub.requests.Enqueue(new GraphRequest(
                context.Request.Path.Value ?? "",
                context.Request.QueryString.Value ?? "",
                context.Request.Query["fields"].ToString(),
                context.Request.Headers.Authorization.ToString()));
            await respond(context, hit);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        stub.BaseUrl = address.TrimEnd('/') + "/v21.0";
        return stub;
    }

    /// <summary>The same answer to every request.</summary>
    public static Task<GraphApiStub> StartAsync(int status, string body) =>
        StartAsync((context, _) => WriteAsync(context, status, body));

    public static async Task WriteAsync(HttpContext context, int status, string body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=UTF-8";
        await context.Response.WriteAsync(body);
    }

    /// <summary>A Graph API error body: {"error":{"message","type","code","error_subcode","fbtrace_id"}}.</summary>
    public static string Error(int code, string message, string type = "OAuthException", int? subcode = null)
    {
        var error = new JsonObject { ["message"] = message, ["type"] = type, ["code"] = code };
        if (subcode is not null)
        {
            error["error_subcode"] = subcode;
        }

        error["fbtrace_id"] = "AbCdEf123";
        return new JsonObject { ["error"] = error }.ToJsonString();
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}

public sealed record GraphRequest(string Path, string RawQuery, string Fields, string Authorization);
