using System.Collections.Frozen;

namespace AnalisaAI.Api.Features.Auth;

/// <summary>
/// NIST SP 800-63B: length 12 to 128 and no composition rules, but never a password attackers try first:
/// one of the 10,000 most common (bundled, see CommonPasswords/NOTICE.md), ignoring case, also in its usual
/// disguises: followed by digits or symbols (<c>password1234</c>, <c>Password123!</c>), in leetspeak
/// (<c>P@ssw0rd2026</c>), or said twice (<c>passwordpassword</c>); one character repeated; or a password
/// holding the account's email local part (4 characters or more), which a guesser tries first.
/// </summary>
public static class PasswordRules
{
    public const int MinLength = 12;
    public const int MaxLength = 128;

    public const string TooCommonMessage =
        "This password is too easy to guess: it is a common password (perhaps followed by digits or symbols, in leetspeak or said twice) or one repeated character. Choose another, such as a few unrelated words.";

    public const string ContainsEmailMessage = "The password must not contain your email address's name part. Choose another, such as a few unrelated words.";

    // Below this length a local part (jo@, ana@) matches too many unrelated passwords to refuse them.
    private const int MinLocalPartLength = 4;

    private static readonly Lazy<FrozenSet<string>> Common = new(LoadCommon);

    // Leetspeak back to letters; '1' and '!' stand for either i or l, so both readings are tried.
    private static readonly Dictionary<char, char> LeetAsI = new()
    {
        ['@'] = 'a', ['4'] = 'a', ['8'] = 'b', ['3'] = 'e', ['6'] = 'g', ['9'] = 'g', ['1'] = 'i', ['!'] = 'i',
        ['0'] = 'o', ['$'] = 's', ['5'] = 's', ['7'] = 't', ['+'] = 't', ['2'] = 'z',
    };

    private static readonly Dictionary<char, char> LeetAsL = new(LeetAsI) { ['1'] = 'l', ['!'] = 'l', ['|'] = 'l' };

    public static int CommonPasswordCount => Common.Value.Count;

    public static bool IsTooCommon(string? password)
    {
        if (string.IsNullOrEmpty(password))
        {
            return false;
        }

        if (password.All(c => c == password[0]))
        {
            return true;
        }

        // The password, and each shorter prefix that only drops a tail of digits and symbols.
        for (var end = password.Length; end > 0; end--)
        {
            if (IsCommonWord(password[..end]))
            {
                return true;
            }

            if (char.IsLetter(password[end - 1]) || char.IsWhiteSpace(password[end - 1]))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the password holds the email's whole local part, ignoring case. Not its pieces: a piece of
    /// <c>long.name@</c> is an everyday word, and refusing every phrase with it would refuse good passwords.
    /// </summary>
    public static bool ContainsEmailLocalPart(string? password, string? email)
    {
        if (string.IsNullOrEmpty(password) || string.IsNullOrEmpty(email) || email.IndexOf('@', StringComparison.Ordinal) is not (> 0 and var at))
        {
            return false;
        }

        var local = email[..at];
        return local.Length >= MinLocalPartLength && password.Contains(local, StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsCommonWord(string candidate)
    {
        var lower = candidate.ToLowerInvariant();
        return IsCommonOrRepeated(lower) || IsCommonOrRepeated(Unleet(lower, LeetAsI)) || IsCommonOrRepeated(Unleet(lower, LeetAsL));
    }

    // A listed password, or a listed one said two or more times over (passwordpassword, abc123abc123).
    private static bool IsCommonOrRepeated(string candidate)
    {
        if (Common.Value.Contains(candidate))
        {
            return true;
        }

        for (var unit = 1; unit <= candidate.Length / 2; unit++)
        {
            if (candidate.Length % unit == 0 && Common.Value.Contains(candidate[..unit]) && IsRepetition(candidate, unit))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsRepetition(string candidate, int unit)
    {
        for (var i = unit; i < candidate.Length; i++)
        {
            if (candidate[i] != candidate[i - unit])
            {
                return false;
            }
        }

        return true;
    }

    private static string Unleet(string candidate, Dictionary<char, char> map) =>
        string.Create(candidate.Length, (candidate, map), static (span, state) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = state.map.TryGetValue(state.candidate[i], out var letter) ? letter : state.candidate[i];
            }
        });

    private static FrozenSet<string> LoadCommon()
    {
        using var stream = typeof(PasswordRules).Assembly.GetManifestResourceStream("AnalisaAI.Api.CommonPasswords.txt")
            ?? throw new InvalidOperationException("The bundled common-password list is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var passwords = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                passwords.Add(line);
            }
        }

        return passwords.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }
}
