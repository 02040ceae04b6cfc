namespace AnalisaAI.UnitTests.Docs;

/// <summary>The folder holding AnalisaAI.sln, found above the test's output folder.</summary>
public static class RepositoryRoot
{
    public static readonly string Path = Find();

    /// <summary>README.md and every page under docs/, relative to the root.</summary>
    public static TheoryData<string> DocumentationPages() =>
        [.. new[] { System.IO.Path.Combine(Path, "README.md") }
            .Concat(Directory.EnumerateFiles(System.IO.Path.Combine(Path, "docs"), "*.md", SearchOption.AllDirectories))
            .Select(p => System.IO.Path.GetRelativePath(Path, p))];

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "AnalisaAI.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (AnalisaAI.sln) was not found above the test's folder.");
    }
}
