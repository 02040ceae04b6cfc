using System.Text.RegularExpressions;

namespace AnalisaAI.UnitTests.Docs;

/// <summary>
/// The code names a markdown page cites in backticks: a PascalCase name (<c>ClaimStore</c>), possibly dotted
/// (<c>RunLog.TakeManualRunAsync</c>), with generic arguments or empty parentheses dropped. Everything else in
/// backticks is not a name: paths, routes, settings (<c>MetricsUpdate:MinAge</c>, <c>MetricsUpdate__Enabled</c>),
/// SQL, commands, JSON fields, lower-case words, anything with spaces or slashes. Fenced code blocks (layouts
/// and shell commands) and the README's hypothetical example are skipped.
/// </summary>
public static partial class DocumentedNames
{
    public const string HypotheticalStart = "<!-- hypothetical-example:start";
    public const string HypotheticalEnd = "<!-- hypothetical-example:end -->";

    public static IReadOnlyList<string> In(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var text = Hypothetical().Replace(markdown, string.Empty);
        text = FencedBlock().Replace(text, string.Empty);
        return [.. InlineCode().Matches(text)
            .Select(m => Normalize(m.Groups["code"].Value))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The name a code span cites, or null when the span is not a code name.</summary>
    public static string? Normalize(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var match = Candidate().Match(code.Trim());

        // Environment-variable settings (MetricsUpdate__MinAge) look like names but are configuration keys.
        if (!match.Success || code.Contains("__", StringComparison.Ordinal))
        {
            return null;
        }

        var name = match.Groups["name"].Value;

        // Every segment must be PascalCase: all-capital words are SQL, headers or acronyms, not names.
        return name.Split('.').All(segment => char.IsUpper(segment[0]) && segment.Any(char.IsLower)) ? name : null;
    }

    [GeneratedRegex(@"<!-- hypothetical-example:start.*?<!-- hypothetical-example:end -->", RegexOptions.Singleline)]
    private static partial Regex Hypothetical();

    [GeneratedRegex(@"^\s*```.*?^\s*```[^\n]*$", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex FencedBlock();

    [GeneratedRegex(@"(?<!`)`(?<code>[^`\n]+)`(?!`)")]
    private static partial Regex InlineCode();

    /// <summary>Dotted identifiers, then optional generic arguments (<c>&lt;T&gt;</c>, <c>&lt;,&gt;</c>) and optional <c>()</c>.</summary>
    [GeneratedRegex(@"^(?<name>[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*)(<[A-Za-z0-9_, ]*>)?(\(\))?$")]
    private static partial Regex Candidate();
}
