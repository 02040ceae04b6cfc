using FluentValidation;

namespace AnalisaAI.Api.Infrastructure.Web;

/// <summary>
/// Text that people read (names, categories, search terms) carries no control characters and no bidirectional
/// formatting: an override or isolate (U+202A–U+202E, U+2066–U+2069) or a direction mark (U+200E, U+200F,
/// U+061C) can make a name display as something else (Trojan Source, CVE-2021-42574) in the dashboard, a CSV
/// export or a log. Letters of right-to-left scripts are fine: their direction comes from the letters themselves.
/// Joiners (U+200C, U+200D) stay allowed, since emoji and several scripts need them.
/// </summary>
public static class DisplayTextRules
{
    public const string Message = "'{PropertyName}' must not contain control characters or bidirectional formatting characters (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C).";

    public static IRuleBuilderOptions<T, string?> NoHiddenCharacters<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(text => !HasHiddenCharacters(text)).WithMessage(Message);

    public static bool HasHiddenCharacters(string? text)
    {
        if (text is null)
        {
            return false;
        }

        foreach (var c in text)
        {
            // char.IsControl covers C0 (tab and line breaks included: none of these fields is multi-line), DEL and C1.
            if (char.IsControl(c) || c is >= '\u202A' and <= '\u202E' || c is >= '\u2066' and <= '\u2069' || c is '\u200E' or '\u200F' or '\u061C')
            {
                return true;
            }
        }

        return false;
    }
}
