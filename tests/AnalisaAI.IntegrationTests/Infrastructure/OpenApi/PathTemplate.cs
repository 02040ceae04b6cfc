using System.Text.RegularExpressions;

namespace AnalisaAI.IntegrationTests.Infrastructure.OpenApi;

/// <summary>
/// One key of the document's <c>paths</c> (e.g. <c>/api/lists/{id}/items/{influencerId}</c>), matched against a
/// request path segment by segment. Literal segments compare case-insensitively, as the app's routing does; a
/// segment with a <c>{parameter}</c> matches any non-empty segment of the same shape.
/// </summary>
public sealed partial class PathTemplate
{
    private readonly Segment[] segments;

    public PathTemplate(string template)
    {
        Template = template;
        segments = [.. Split(template).Select(Segment.Parse)];
    }

    public string Template { get; }

    /// <summary>
    /// The match's specificity, or null when <paramref name="path"/> (a request path, percent-encoded, without the
    /// server's base path) does not match. A literal segment outranks a parameter at the same place, the leftmost
    /// place deciding, so <c>/api/influencers/categories</c> wins over <c>/api/influencers/{id}</c> as OpenAPI says.
    /// </summary>
    public string? Match(string path)
    {
        var requestSegments = Split(path).Select(Uri.UnescapeDataString).ToArray();
        if (requestSegments.Length != segments.Length)
        {
            return null;
        }

        var specificity = new char[segments.Length];
        for (var i = 0; i < segments.Length; i++)
        {
            if (!segments[i].Matches(requestSegments[i]))
            {
                return null;
            }

            specificity[i] = segments[i].IsLiteral ? '1' : '0';
        }

        return new string(specificity);
    }

    /// <summary>The most specific template that matches <paramref name="path"/> and passes <paramref name="accepts"/>, if any.</summary>
    public static PathTemplate? MostSpecific(IEnumerable<PathTemplate> templates, string path, Func<PathTemplate, bool> accepts) =>
        templates
            .Select(template => (Template: template, Specificity: template.Match(path)))
            .Where(match => match.Specificity is not null && accepts(match.Template))
            .OrderByDescending(match => match.Specificity, StringComparer.Ordinal)
            .Select(match => match.Template)
            .FirstOrDefault();

    public override string ToString() => Template;

    // A trailing slash routes to the same endpoint in the app, so it is not a segment of its own.
    private static string[] Split(string path) => path.Trim('/') is { Length: > 0 } trimmed ? trimmed.Split('/') : [];

    private sealed partial class Segment
    {
        private readonly Regex? pattern;

        private Segment(string literal, Regex? pattern)
        {
            Literal = literal;
            this.pattern = pattern;
        }

        public string Literal { get; }

        public bool IsLiteral => pattern is null;

        public static Segment Parse(string segment)
        {
            if (!segment.Contains('{', StringComparison.Ordinal))
            {
                return new Segment(Uri.UnescapeDataString(segment), null);
            }

            // "{id}" or "{name}.{format}": each parameter takes one or more characters of the segment.
            var regex = "^" + string.Concat(Parameter().Split(segment).Select((part, i) => i % 2 == 0 ? Regex.Escape(part) : "(.+?)")) + "$";
            return new Segment(segment, new Regex(regex, RegexOptions.CultureInvariant));
        }

        public bool Matches(string requestSegment) =>
            pattern?.IsMatch(requestSegment) ?? string.Equals(Literal, requestSegment, StringComparison.OrdinalIgnoreCase);

        [GeneratedRegex(@"\{([^}]+)\}")]
        private static partial Regex Parameter();
    }
}
