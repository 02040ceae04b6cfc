using System.Buffers.Text;
using Zxcvbn.Matcher;

namespace AnalisaAI.Api.Infrastructure.Auth;

/// <summary>
/// Judges a JWT signing key the way an attacker would guess it: it must be random bytes written as base64
/// (standard or URL-safe) or hex, and Dropbox's zxcvbn estimator, which knows dictionaries, names, common
/// passwords, leetspeak, keyboard walks and sequences, must put it out of reach. A tutorial phrase such as
/// <c>my-super-secret-key-for-jwt-tokens</c> is valid base64url yet reads as words, so both checks apply.
/// </summary>
public static class SigningKeyStrength
{
    public const int MinimumKeyBytes = 32;

    /// <summary>
    /// Random 32-byte keys score over 200 bits (the lowest of 6,000 base64 and hex samples was 201); the longest
    /// tutorial phrases tried scored 120 to 185, so the bar sits between them.
    /// </summary>
    public const double MinimumEstimatedBits = 160;

    /// <summary>
    /// Plain dictionary words (not leetspeak, which random hex is full of) cover under a fifth of a random base64
    /// key and over two thirds of a phrase.
    /// </summary>
    public const double MaximumWordShare = 0.5;

    /// <summary>Null when the key is strong enough, else why it is not, naming what to do.</summary>
    public static string? Weakness(string key)
    {
        var bytes = DecodedLength(key);
        if (bytes is null)
        {
            return "Jwt:SigningKey must be random bytes written as base64 or hex (for example `openssl rand -base64 48`).";
        }

        if (bytes < MinimumKeyBytes)
        {
            return $"Jwt:SigningKey must encode at least {MinimumKeyBytes} random bytes; it encodes {bytes}.";
        }

        var estimate = Zxcvbn.Zxcvbn.MatchPassword(key);
        var wordCharacters = estimate.MatchSequence.Where(m => m is DictionaryMatch and not L33tDictionaryMatch).Sum(m => m.Token.Length);
        if (estimate.Entropy < MinimumEstimatedBits || wordCharacters > MaximumWordShare * key.Length)
        {
            return "Jwt:SigningKey is guessable (words, names, sequences or a pattern); use random bytes, for example `openssl rand -base64 48`.";
        }

        return null;
    }

    /// <summary>How many bytes the key encodes as hex or base64 (either alphabet, padding optional); null when it is neither.</summary>
    public static int? DecodedLength(string key)
    {
        if (key.Length % 2 == 0 && key.All(char.IsAsciiHexDigit))
        {
            return key.Length / 2;
        }

        var standard = key.Replace('-', '+').Replace('_', '/').TrimEnd('=');
        if (standard.Length % 4 == 1 || standard.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '+' or '/')))
        {
            return null;
        }

        var padded = standard.PadRight(standard.Length + ((4 - (standard.Length % 4)) % 4), '=');
        return Base64.IsValid(padded, out var length) ? length : null;
    }
}
