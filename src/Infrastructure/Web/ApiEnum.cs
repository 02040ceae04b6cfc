using System.Collections.Frozen;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace AnalisaAI.Api.Infrastructure.Web;

/// <summary>
/// An enum's names exactly as the API writes them in JSON (snake_case_lower, or the member's
/// <see cref="JsonStringEnumMemberNameAttribute"/>), for values that arrive as strings: query parameters, or
/// body fields validated by name so that a bad value is a validation error naming the field.
/// </summary>
public static class ApiEnum
{
    public static bool TryParse<TEnum>(string? value, out TEnum result) where TEnum : struct, Enum
    {
        if (value is not null && Names<TEnum>.ByName.TryGetValue(value.Trim(), out result))
        {
            return true;
        }

        result = default;
        return false;
    }

    /// <summary>For a value already validated: a name that is not the enum's is a programming error.</summary>
    public static TEnum Parse<TEnum>(string? value) where TEnum : struct, Enum =>
        TryParse<TEnum>(value, out var result)
            ? result
            : throw new ArgumentException($"'{value}' is not one of: {List<TEnum>()}.", nameof(value));

    /// <summary>The name the JSON writes for <paramref name="value"/>, for text that is not JSON (CSV).</summary>
    public static string Name<TEnum>(TEnum value) where TEnum : struct, Enum => Names<TEnum>.ByValue[value];

    public static bool IsDefined<TEnum>(string? value) where TEnum : struct, Enum => TryParse<TEnum>(value, out _);

    /// <summary>The API's names of every member, comma-separated, for error messages.</summary>
    public static string List<TEnum>() where TEnum : struct, Enum => Names<TEnum>.Listed;

    /// <summary>The API's names of every member, as the closed set the OpenAPI document shows as the enum's schema.</summary>
    public static ClosedSet All<TEnum>() where TEnum : struct, Enum => Names<TEnum>.All;

    private static class Names<TEnum> where TEnum : struct, Enum
    {
        private static readonly (string Name, TEnum Value)[] Members = typeof(TEnum)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(field => (
                field.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? JsonNamingPolicy.SnakeCaseLower.ConvertName(field.Name),
                (TEnum)field.GetValue(null)!))
            .ToArray();

        public static readonly FrozenDictionary<string, TEnum> ByName =
            Members.ToFrozenDictionary(m => m.Name, m => m.Value, StringComparer.OrdinalIgnoreCase);

        public static readonly ClosedSet All = new(typeof(TEnum), typeof(TEnum).Name, Members.Select(m => m.Name));

        public static readonly FrozenDictionary<TEnum, string> ByValue =
            Members.DistinctBy(m => m.Value).ToFrozenDictionary(m => m.Value, m => m.Name);

        public static readonly string Listed = string.Join(", ", All);
    }
}
