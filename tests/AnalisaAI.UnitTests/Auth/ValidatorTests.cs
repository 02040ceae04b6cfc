using AnalisaAI.Api.Features.Auth;
using AnalisaAI.Api.Features.Auth.Login;
using AnalisaAI.Api.Features.Auth.Logout;
using AnalisaAI.Api.Features.Auth.RefreshToken;
using AnalisaAI.Api.Features.Auth.Register;
using FluentValidation.Results;

namespace AnalisaAI.UnitTests.Auth;

public class ValidatorTests
{
    private const string Email = "someone@analisaai.test";
    private const string Password = "correct horse battery";

    [Theory]
    [InlineData(11, false)]
    [InlineData(12, true)]
    [InlineData(128, true)]
    [InlineData(129, false)]
    public void Register_password_is_12_to_128_characters_of_anything(int length, bool valid)
    {
        // Letters cycled rather than one repeated: one repeated character is refused since issue 10.
        var password = string.Concat(Enumerable.Repeat("zqxjvkwpmb", 13))[..length];
        var result = new RegisterValidator().Validate(new RegisterCommand(Email, password, "Name"));

        Fails(result, "Password").Should().Be(!valid);
    }

    [Theory]
    [InlineData("password1234")]
    [InlineData("PASSWORD1234")]
    [InlineData("aaaaaaaaaaaa")]
    [InlineData("123456789012")]
    [InlineData("1234567890123")]
    [InlineData("qwertyuiop12")]
    [InlineData("iloveyou2024")]
    public void Register_refuses_common_passwords_with_a_clear_message(string password)
    {
        var result = new RegisterValidator().Validate(new RegisterCommand(Email, password, "Name"));

        result.Errors.Should().ContainSingle(e => e.PropertyName == "Password")
            .Which.ErrorMessage.Should().Be(PasswordRules.TooCommonMessage);
    }

    [Theory]
    [InlineData("correct horse battery")]
    [InlineData("1234password")] // digits before a listed word are not the stretched-password pattern
    [InlineData("zqxjvkwpmb12")]
    public void Register_accepts_uncommon_passwords(string password) =>
        Fails(new RegisterValidator().Validate(new RegisterCommand(Email, password, "Name")), "Password").Should().BeFalse();

    [Fact]
    public void The_bundled_list_holds_ten_thousand_passwords_compared_ignoring_case()
    {
        PasswordRules.CommonPasswordCount.Should().BeGreaterThanOrEqualTo(10_000);
        PasswordRules.IsTooCommon("TrustNo1").Should().BeTrue();
    }

    [Theory]
    [InlineData("user\u0000@example.com")]
    [InlineData("user\u0007@example.com")]
    [InlineData("us\u200Ber@example.com")]
    [InlineData("user@exam\u202Eple.com")]
    public void Register_email_with_control_characters_is_refused(string escaped)
    {
        var email = System.Text.RegularExpressions.Regex.Unescape(escaped);

        Fails(new RegisterValidator().Validate(new RegisterCommand(email, Password, "Name")), "Email").Should().BeTrue();
    }

    [Fact]
    public void Email_normalization_folds_case_and_compatibility_lookalikes()
    {
        // Fullwidth letters and the Kelvin sign are NFKC-equivalent to plain ASCII.
        User.Normalize("\uFF21na@example.com").Should().Be(User.Normalize("ana@EXAMPLE.com"));
        User.Normalize("\u212Aim@example.com").Should().Be(User.Normalize("kim@example.com"));
    }

    [Theory]
    [InlineData("someone@analisaai.test", true)]
    [InlineData("not-an-email", false)]
    [InlineData("", false)]
    public void Register_email_must_be_an_address(string email, bool valid)
    {
        var result = new RegisterValidator().Validate(new RegisterCommand(email, Password, "Name"));

        Fails(result, "Email").Should().Be(!valid);
    }

    [Fact]
    public void Register_email_over_254_characters_fails()
    {
        var email = new string('a', 243) + "@example.com"; // 255 characters

        Fails(new RegisterValidator().Validate(new RegisterCommand(email, Password, "Name")), "Email").Should().BeTrue();
    }

    [Theory]
    [InlineData("Ana", true)]
    [InlineData("", false)]
    [InlineData("   ", false)]
    public void Register_display_name_must_not_be_blank(string name, bool valid)
    {
        Fails(new RegisterValidator().Validate(new RegisterCommand(Email, Password, name)), "DisplayName").Should().Be(!valid);
    }

    [Theory]
    [InlineData(100, true)]
    [InlineData(101, false)]
    public void Register_display_name_is_at_most_100_characters(int length, bool valid)
    {
        Fails(new RegisterValidator().Validate(new RegisterCommand(Email, Password, new string('n', length))), "DisplayName").Should().Be(!valid);
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(11, true)]
    [InlineData(1024, true)]
    [InlineData(1025, false)]
    [InlineData(0, false)]
    public void Login_password_has_no_minimum_beyond_present_and_a_cap(int length, bool valid)
    {
        // A short password is still checked against the account, so the answer does not reveal the policy.
        Fails(new LoginValidator().Validate(new LoginCommand(Email, new string('p', length))), "Password").Should().Be(!valid);
    }

    [Theory]
    [InlineData("", false)]
    [InlineData("someone@analisaai.test", true)]
    public void Login_email_is_required(string email, bool valid)
    {
        Fails(new LoginValidator().Validate(new LoginCommand(email, Password)), "Email").Should().Be(!valid);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(43, true)]
    [InlineData(256, true)]
    [InlineData(257, false)]
    public void Refresh_token_is_required_and_capped(int length, bool valid)
    {
        Fails(new RefreshTokenValidator().Validate(new RefreshTokenCommand(new string('t', length))), "RefreshToken").Should().Be(!valid);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(43, true)]
    [InlineData(256, true)]
    [InlineData(257, false)]
    public void Logout_token_is_required_and_capped(int length, bool valid)
    {
        Fails(new LogoutValidator().Validate(new LogoutCommand(new string('t', length))), "RefreshToken").Should().Be(!valid);
    }

    [Fact]
    public void Commands_never_print_their_secrets()
    {
        new LoginCommand(Email, Password).ToString().Should().NotContain(Password);
        new RegisterCommand(Email, Password, "Name").ToString().Should().NotContain(Password);
        new RefreshTokenCommand("secret-token").ToString().Should().NotContain("secret-token");
        new LogoutCommand("secret-token").ToString().Should().NotContain("secret-token");
    }

    private static bool Fails(ValidationResult result, string property) =>
        result.Errors.Any(e => e.PropertyName == property);
}
