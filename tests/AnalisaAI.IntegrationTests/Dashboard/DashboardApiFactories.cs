using System.Text.RegularExpressions;
using AnalisaAI.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace AnalisaAI.IntegrationTests.Dashboard;

/// <summary>
/// The app serving the dashboard that the build wrote into src/wwwroot, through the static assets endpoints
/// the build described (compressed copies included): what <c>dotnet run</c> serves.
/// </summary>
public sealed partial class BuiltDashboardApiFactory : ApiFactory
{
    public const string IndexMarker = "<div id=\"root\"></div>";

    /// <summary>The built index page; the build needs Node.js 20+ and npm on the PATH to write it.</summary>
    public string IndexPage()
    {
        var webRoot = Services.GetRequiredService<IWebHostEnvironment>().WebRootPath;
        var index = Path.Combine(webRoot, "index.html");
        return File.Exists(index)
            ? File.ReadAllText(index)
            : throw new InvalidOperationException(
                $"{index} does not exist: these tests need the built dashboard. Put Node.js 20+ and npm on the PATH and run dotnet build.");
    }

    /// <summary>The path of the entry script the index page loads, a hashed file under /assets.</summary>
    public string EntryScript() => ScriptPattern().Match(IndexPage()) is { Success: true } match
        ? match.Groups["path"].Value
        : throw new InvalidOperationException("The built index page loads no script from /assets.");

    /// <summary>The bytes of a built file, as they are on disk.</summary>
    public byte[] BuiltFile(string path) =>
        File.ReadAllBytes(Path.Combine(Services.GetRequiredService<IWebHostEnvironment>().WebRootPath, path.TrimStart('/')));

    [GeneratedRegex("<script[^>]* src=\"(?<path>/assets/[^\"]+\\.js)\"")]
    private static partial Regex ScriptPattern();
}

/// <summary>
/// The app on an empty web root and without the build's static web assets: what runs where Node.js was not
/// there to build the dashboard.
/// </summary>
public sealed class UnbuiltDashboardApiFactory : ApiFactory
{
    protected override Dictionary<string, string?> Settings()
    {
        var settings = base.Settings();
        var folder = Path.Combine(Path.GetTempPath(), "analisaai-tests", $"empty-webroot-{Guid.NewGuid():N}");
        settings["webroot"] = folder;
        settings["staticWebAssets"] = Path.Combine(folder, "no-static-web-assets.json");
        return settings;
    }
}
