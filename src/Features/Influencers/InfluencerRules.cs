using System.Text.RegularExpressions;

namespace AnalisaAI.Api.Features.Influencers;

/// <summary>The catalogue's field rules and normalizations, shared by validation and writing.</summary>
public static partial class InfluencerRules
{
    public const int MaxCategories = 20;

    /// <summary>The handle as stored: surrounding spaces and one leading '@' removed; its case is kept.</summary>
    public static string CleanHandle(string handle)
    {
        var trimmed = handle.Trim();
        return trimmed.StartsWith('@') ? trimmed[1..] : trimmed;
    }

    public static bool IsValidHandle(string? handle) => handle is not null && HandlePattern().IsMatch(CleanHandle(handle));

    /// <summary>Category names are compared and stored lower-cased, so the unique index is case-insensitive everywhere.</summary>
    public static string NormalizeCategory(string name) => name.Trim().ToLowerInvariant();

    public static IReadOnlyList<string> NormalizeCategories(IEnumerable<string?>? names) =>
        names is null ? [] : names.OfType<string>().Select(NormalizeCategory).Distinct(StringComparer.Ordinal).ToArray();

    [GeneratedRegex(@"^[A-Za-z0-9._\-]{1,100}$", RegexOptions.CultureInvariant)]
    private static partial Regex HandlePattern();
}
