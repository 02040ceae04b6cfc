using System.Diagnostics;

namespace AnalisaAI.LoadBenchmark;

/// <summary>The API and the Identity peer, published in Release into a scratch folder.</summary>
public sealed record PublishedApps(string ApiDll, string PeerDll)
{
    public static async Task<PublishedApps> PublishAsync(string scratch)
    {
        var repository = FindRepository();
        var api = Path.Combine(scratch, "api");
        var peer = Path.Combine(scratch, "peer");
        await PublishAsync(Path.Combine(repository, "src", "AnalisaAI.Api.csproj"), api);
        await PublishAsync(Path.Combine(repository, "tests", "AnalisaAI.LoadBenchmark", "IdentityPeer", "IdentityPeer.csproj"), peer);
        return new PublishedApps(Path.Combine(api, "AnalisaAI.Api.dll"), Path.Combine(peer, "IdentityPeer.dll"));
    }

    private static async Task PublishAsync(string project, string output)
    {
        Console.WriteLine($"Publishing {Path.GetFileName(project)} (Release) ...");
        using var process = Process.Start(new ProcessStartInfo("dotnet", ["publish", project, "-c", "Release", "-o", output, "--nologo", "-v", "quiet"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var standardOutput = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet publish {project} failed:\n{await standardOutput}{await errors}");
        }
    }

    private static string FindRepository()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "src", "AnalisaAI.Api.csproj")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Run the load benchmark from inside the repository.");
    }
}
