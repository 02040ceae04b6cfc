using System.ComponentModel.DataAnnotations;
using AnalisaAI.Api.Infrastructure.Auth;

namespace AnalisaAI.UnitTests.Auth;

public class JwtOptionsTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("0123456789abcdef")]
    [InlineData("0123456789abcdef0123456789abcde")] // 31 bytes
    public void A_missing_or_short_key_fails_naming_the_setting(string? key)
    {
        var errors = Validate(new JwtOptions { SigningKey = key });

        errors.Should().ContainSingle().Which.ErrorMessage.Should().Contain("Jwt:SigningKey");
    }

    // 32 distinct characters: 5 bits of entropy per character.
    private const string RandomLooking32 = "q7Vx2LmZ9aTf4KbN1cRw8YhE3uJs6PdG";

    [Fact]
    public void A_32_byte_key_is_enough()
    {
        Validate(new JwtOptions { SigningKey = RandomLooking32 }).Should().BeEmpty();
    }

    [Fact]
    public void Key_length_counts_utf8_bytes_not_characters()
    {
        // 16 distinct two-byte characters are 32 bytes (and 4 bits per character).
        Validate(new JwtOptions { SigningKey = "éèêëàâäîïôöùûüçñ" }).Should().BeEmpty();
    }

    [Theory]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")] // 32 x "a", the attack's key
    [InlineData("abcdabcdabcdabcdabcdabcdabcdabcdabcd")]
    [InlineData("q7Vx2LmZq7Vx2LmZq7Vx2LmZq7Vx2LmZ")]
    public void A_repeated_pattern_is_refused_naming_the_setting(string key)
    {
        Validate(new JwtOptions { SigningKey = key }).Should().ContainSingle()
            .Which.ErrorMessage.Should().Contain("Jwt:SigningKey").And.Contain("repeated pattern");
    }

    [Theory]
    [InlineData("abababababababababababababababababx")] // not periodic, but 1.2 bits per character
    [InlineData("secretsecretsecretsecretsecret12")] // 2.5 bits per character
    public void A_low_entropy_key_is_refused_naming_the_setting(string key)
    {
        JwtOptions.EntropyBitsPerCharacter(key).Should().BeLessThan(JwtOptions.MinimumEntropyBitsPerCharacter);
        Validate(new JwtOptions { SigningKey = key }).Should().ContainSingle()
            .Which.ErrorMessage.Should().Contain("Jwt:SigningKey").And.Contain("entropy");
    }

    [Fact]
    public void A_random_base64_key_passes_the_entropy_check()
    {
        var key = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(48));

        JwtOptions.EntropyBitsPerCharacter(key).Should().BeGreaterThan(4.5);
        Validate(new JwtOptions { SigningKey = key }).Should().BeEmpty();
    }

    [Theory]
    [InlineData(0, 30, 7, "Jwt:AccessTokenMinutes")]
    [InlineData(15, 0, 7, "Jwt:RefreshTokenDays")]
    [InlineData(15, 30, 0, "Jwt:RefreshIdleDays")]
    public void Lifetimes_out_of_range_fail_naming_the_setting(int minutes, int days, int idleDays, string key)
    {
        var errors = Validate(new JwtOptions
        {
            SigningKey = RandomLooking32, AccessTokenMinutes = minutes, RefreshTokenDays = days, RefreshIdleDays = idleDays,
        });

        errors.Should().ContainSingle().Which.ErrorMessage.Should().Contain(key);
    }

    private static List<ValidationResult> Validate(JwtOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results;
    }
}
