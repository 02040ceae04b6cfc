using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AnalisaAI.FreshnessSimulation;

/// <summary>
/// A Kestrel server on a free local port that answers business discovery like the Instagram Graph API, for
/// whichever username is asked, and counts the calls: the source calls the simulation reports.
/// </summary>
public sealed partial class GraphApiStub : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly DateTime postedBefore;
    private int calls;

    private GraphApiStub(WebApplication app, DateTime postedBefore)
    {
        this.app = app;
        this.postedBefore = postedBefore;
    }

    /// <summary>Base URL the way the app configures it, e.g. http://127.0.0.1:5123/v21.0.</summary>
    public string BaseUrl { get; private set; } = "";

    public int Calls => Volatile.Read(ref calls);

    /// <param name="postedBefore">The two recent media each profile reports were posted one and three days before this.</param>
    public static async Task<GraphApiStub> StartAsync(DateTime postedBefore)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var stub = new GraphApiStub(app, postedBefore);
        app.Run(stub.AnswerAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        stub.BaseUrl = address.TrimEnd('/') + "/v21.0";
        return stub;
    }

    private async Task AnswerAsync(HttpContext context)
    {
        Interlocked.Increment(ref calls);
        var username = UsernameInFields().Match(context.Request.Query["fields"].ToString()) is { Success: true } match
            ? match.Groups[1].Value
            : "unknown";
        var followers = 100_000 + (Math.Abs(username.GetHashCode(StringComparison.Ordinal)) % 50_000);
        var profile = new JsonObject
        {
            ["business_discovery"] = new JsonObject
            {
                ["username"] = username,
                ["name"] = username,
                ["biography"] = "",
                ["followers_count"] = followers,
                ["follows_count"] = 800,
                ["media_count"] = 300,
                ["media"] = new JsonObject
                {
                    ["data"] = new JsonArray(Media(username + "-1", 1, "IMAGE", "FEED"), Media(username + "-2", 3, "VIDEO", "REELS")),
                },
            },
            ["id"] = "17841400000000001",
        };
        context.Response.ContentType = "application/json; charset=UTF-8";
        await context.Response.WriteAsync(profile.ToJsonString());
    }

    private JsonObject Media(string id, int daysAgo, string type, string product) => new()
    {
        ["id"] = id,
        ["timestamp"] = postedBefore.AddDays(-daysAgo).ToString("yyyy-MM-dd'T'HH:mm:ss'+0000'", CultureInfo.InvariantCulture),
        ["media_type"] = type,
        ["media_product_type"] = product,
        ["like_count"] = 4_000 + (daysAgo * 500),
        ["comments_count"] = 120,
    };

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    [GeneratedRegex(@"username\(([^)]+)\)")]
    private static partial Regex UsernameInFields();
}
