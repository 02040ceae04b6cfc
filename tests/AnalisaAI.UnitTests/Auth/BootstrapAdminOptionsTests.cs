using System.ComponentModel.DataAnnotations;
using AnalisaAI.Api.Features.Auth;

namespace AnalisaAI.UnitTests.Auth;

public sealed class BootstrapAdminOptionsTests
{
    [Theory]
    [InlineData("password1234")]
    [InlineData("aaaaaaaaaaaaaaaa")]
    [InlineData("qwertyuiop123456")]
    public void A_bootstrap_password_that_registration_would_refuse_is_refused_naming_the_key(string password)
    {
        var errors = Validate(new BootstrapAdminOptions { Email = "admin@example.test", Password = password });

        errors.Should().ContainSingle().Which.ErrorMessage.Should().Contain("Auth:BootstrapAdmin:Password").And.Contain("too easy to guess");
    }

    [Fact]
    public void A_strong_bootstrap_password_passes_and_no_password_is_needed_without_an_email()
    {
        Validate(new BootstrapAdminOptions { Email = "admin@example.test", Password = "correct horse battery staple" }).Should().BeEmpty();
        Validate(new BootstrapAdminOptions()).Should().BeEmpty();
    }

    private static List<ValidationResult> Validate(BootstrapAdminOptions options)
    {
        var errors = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), errors, validateAllProperties: true);
        return errors;
    }
}
