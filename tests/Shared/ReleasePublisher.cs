using System.Diagnostics;

namespace AnalisaAI.TestTools;

/// <summary>Publishes a project of this repository in Release, for the tools that run the app as real processes.</summary>
public static class ReleasePublisher
{
    /// <summary>The repository's root: the folder above this tool's output that holds src/AnalisaAI.Api.csproj.</summary>
    public static string FindRepository()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "src", "AnalisaAI.Api.csproj")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Run the tool from inside the repository.");
    }

    /// <summary>Runs <c>dotnet publish -c Release</c> into <paramref name="output"/>; a failure throws with the tool's output.</summary>
    public static async Task PublishAsync(string project, string output, params string[] properties)
    {
        Console.WriteLine($"Publishing {Path.GetFileName(project)} (Release) ...");
        using var process = Process.Start(new ProcessStartInfo("dotnet", ["publish", project, "-c", "Release", "-o", output, "--nologo", "-v", "quiet", .. properties])
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
}
