using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AnalisaAI.IntegrationTests.Contract;

/// <summary>
/// docs/openapi.json: the served document as committed, the one file both client generators read (Kiota for the
/// C# client tests, openapi-typescript for the dashboard). Written in one canonical form so that a change in the
/// document, and only a change, changes its bytes.
/// </summary>
public static class OpenApiSnapshot
{
    public const string UpdateVariable = "ANALISAAI_UPDATE_OPENAPI";

    public static readonly string RelativePath = Path.Combine("docs", "openapi.json");

    // Relaxed: the snapshot is read by people in reviews; "é" and "<" stay as written instead of \u escapes.
    private static readonly JsonSerializerOptions Canonical = new()
    {
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static bool UpdateRequested => Environment.GetEnvironmentVariable(UpdateVariable) == "1";

    public static string FullPath => Path.Combine(RepositoryRoot(), RelativePath);

    /// <summary>Member order is kept (it is the document's order: paths as Swagger UI lists them); only layout is fixed.</summary>
    public static string Normalize(string json) =>
        (JsonNode.Parse(json) ?? throw new InvalidOperationException("The document is empty.")).ToJsonString(Canonical) + "\n";

    /// <summary>Where two normalized texts first part, with a few lines of each around it; empty when they are equal.</summary>
    public static string DiffHint(string expected, string actual, int context = 3)
    {
        var left = expected.TrimEnd('\n').Split('\n');
        var right = actual.TrimEnd('\n').Split('\n');
        var first = 0;
        while (first < left.Length && first < right.Length && left[first] == right[first])
        {
            first++;
        }

        if (first == left.Length && first == right.Length)
        {
            return "";
        }

        var changed = Enumerable.Range(0, Math.Max(left.Length, right.Length))
            .Count(i => i >= left.Length || i >= right.Length || left[i] != right[i]);
        return $"""
            first difference at line {first + 1} ({changed} lines differ by position; snapshot {left.Length} lines, served {right.Length}):
            --- {RelativePath.Replace('\\', '/')} (committed)
            {Excerpt(left, first, context)}
            +++ /swagger/v1/swagger.json (served)
            {Excerpt(right, first, context)}
            """;
    }

    private static string Excerpt(string[] lines, int at, int context) =>
        string.Join("\n", Enumerable.Range(Math.Max(0, at - context), (2 * context) + 1)
            .Where(i => i < lines.Length)
            .Select(i => $"{(i == at ? ">" : " ")}{i + 1,6}: {lines[i]}"));

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AnalisaAI.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (AnalisaAI.sln) was not found above the test's folder.");
    }
}
