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

    [Fact]
    public void A_32_byte_key_is_enough()
    {
        Validate(new JwtOptions { SigningKey = new string('k', 32) }).Should().BeEmpty();
    }

    [Fact]
    public void Key_length_counts_utf8_bytes_not_characters()
    {
        // 16 two-byte characters are 32 bytes.
        Validate(new JwtOptions { SigningKey = new string('é', 16) }).Should().BeEmpty();
    }

    [Theory]
    [InlineData(0, 30, "Jwt:AccessTokenMinutes")]
    [InlineData(15, 0, "Jwt:RefreshTokenDays")]
    public void Lifetimes_out_of_range_fail_naming_the_setting(int minutes, int days, string key)
    {
        var errors = Validate(new JwtOptions { SigningKey = new string('k', 32), AccessTokenMinutes = minutes, RefreshTokenDays = days });

        errors.Should().ContainSingle().Which.ErrorMessage.Should().Contain(key);
    }

    private static List<ValidationResult> Validate(JwtOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results;
    }
}
