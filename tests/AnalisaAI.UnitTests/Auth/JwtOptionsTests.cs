using System.ComponentModel.DataAnnotations;
using System.Security.Cryptography;
using AnalisaAI.Api.Infrastructure.Auth;

namespace AnalisaAI.UnitTests.Auth;

public class JwtOptionsTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("0123456789abcdef")] // 8 bytes of hex
    [InlineData("q7Vx2LmZ9aTf4KbN1cRw8YhE3uJs6PdG")] // 24 bytes of base64
    [InlineData("5f686251565067c5ddfe268eea7b19086cad11189f637250935d84381b642f")] // 31 bytes of hex
    public void A_missing_or_short_key_fails_naming_the_setting(string? key)
    {
        var errors = Validate(new JwtOptions { SigningKey = key });

        errors.Should().ContainSingle().Which.ErrorMessage.Should().Contain("Jwt:SigningKey");
    }

    // 32 random bytes in base64.
    private const string Random32 = "u0l/5YSPOS/d06E2t7bhuznkblIbH0WNlG4BGb9WjdY=";

    [Theory]
    [InlineData(Random32)]
    [InlineData("u0l_5YSPOS_d06E2t7bhuznkblIbH0WNlG4BGb9WjdY")] // base64url, unpadded
    [InlineData("5f686251565067c5ddfe268eea7b19086cad11189f637250935d84381b642fbb")] // hex
    public void A_32_byte_random_key_in_base64_or_hex_is_enough(string key)
    {
        Validate(new JwtOptions { SigningKey = key }).Should().BeEmpty();
    }

    [Fact]
    public void Random_keys_of_32_and_48_bytes_in_every_accepted_form_pass()
    {
        for (var i = 0; i < 50; i++)
        {
            var bytes = RandomNumberGenerator.GetBytes(i % 2 == 0 ? 32 : 48);
            foreach (var key in new[] { Convert.ToBase64String(bytes), Convert.ToHexStringLower(bytes), Convert.ToHexString(bytes) })
            {
                Validate(new JwtOptions { SigningKey = key }).Should().BeEmpty(key);
            }
        }
    }

    [Theory]
    [InlineData("éèêëàâäîïôöùûüçñäëïöüÿáéíóúýàèìò")] // 64 UTF-8 bytes, but not base64 or hex
    [InlineData("this is my super secret key for the jwt tokens!!")]
    public void A_key_that_is_not_base64_or_hex_is_refused_naming_the_setting(string key)
    {
        Validate(new JwtOptions { SigningKey = key }).Should().ContainSingle()
            .Which.ErrorMessage.Should().Contain("Jwt:SigningKey").And.Contain("base64 or hex");
    }

    [Theory]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")] // the attack's first key, as base64 length
    [InlineData("abcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcd")]
    [InlineData("u0l/5YSPOS/d06E2u0l/5YSPOS/d06E2u0l/5YSPOS/d06E2")]
    public void A_repeated_pattern_is_refused_naming_the_setting(string key)
    {
        Validate(new JwtOptions { SigningKey = key }).Should().ContainSingle()
            .Which.ErrorMessage.Should().Contain("Jwt:SigningKey").And.Contain("repeated pattern");
    }

    [Theory]
    // Tutorial phrases, each valid base64url (the alphabet has '-' and '_') or base64, and long enough.
    [InlineData("this-is-my-super-secret-key-for-jwt-tokens-in-production-change-me-1")]
    [InlineData("my_super_secret_key_that_is_long_enough_for_hs256_signing_20")]
    [InlineData("ThisIsMySuperSecretKeyForJwtTokens1234567890")]
    [InlineData("YourSuperSecretKeyHereWhichIsLongEnough12345")]
    [InlineData("correcthorsebatterystaplecorrecthorsebatterystaple20")]
    [InlineData("0123456789abcdef9876543210fedcba0123456789abcdeffedcba9876543210")] // hex, but sequences
    [InlineData("deadbeefdeadbeefcafebabecafebabe0000000011111111ffffffffeeeeeeee")]
    public void A_guessable_key_is_refused_by_the_estimator_naming_the_setting(string key)
    {
        SigningKeyStrength.DecodedLength(key).Should().BeGreaterThanOrEqualTo(SigningKeyStrength.MinimumKeyBytes);
        Validate(new JwtOptions { SigningKey = key }).Should().ContainSingle()
            .Which.ErrorMessage.Should().Contain("Jwt:SigningKey").And.Contain("guessable");
    }

    [Theory]
    [InlineData(0, 30, 7, "Jwt:AccessTokenMinutes")]
    [InlineData(15, 0, 7, "Jwt:RefreshTokenDays")]
    [InlineData(15, 30, 0, "Jwt:RefreshIdleDays")]
    public void Lifetimes_out_of_range_fail_naming_the_setting(int minutes, int days, int idleDays, string key)
    {
        var errors = Validate(new JwtOptions
        {
            SigningKey = Random32, AccessTokenMinutes = minutes, RefreshTokenDays = days, RefreshIdleDays = idleDays,
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
