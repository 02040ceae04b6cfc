using System.Collections.Frozen;

namespace AnalisaAI.Api.Features.Auth;

/// <summary>
/// NIST SP 800-63B: length 12 to 128 and no composition rules, but never a password attackers try first:
/// one of the 10,000 most common (bundled, see CommonPasswords/NOTICE.md), ignoring case, or one of them
/// followed only by digits (the common way a short listed password is stretched to the minimum length:
/// <c>password1234</c>, <c>123456789012</c>), or one character repeated.
/// </summary>
public static class PasswordRules
{
    public const int MinLength = 12;
    public const int MaxLength = 128;

    public const string TooCommonMessage =
        "This password is too easy to guess: it is a common password (perhaps followed by digits) or one repeated character. Choose another, such as a few unrelated words.";

    private static readonly Lazy<FrozenSet<string>> Common = new(LoadCommon);

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

        for (var end = password.Length; end > 0; end--)
        {
            if (Common.Value.Contains(password[..end]))
            {
                return true;
            }

            if (!char.IsAsciiDigit(password[end - 1]))
            {
                return false;
            }
        }

        return false;
    }

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
