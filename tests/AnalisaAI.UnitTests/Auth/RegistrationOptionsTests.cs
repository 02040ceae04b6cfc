using System.ComponentModel.DataAnnotations;
using AnalisaAI.Api.Features.Auth;
using AnalisaAI.Api.Features.Auth.Register;

namespace AnalisaAI.UnitTests.Auth;

public sealed class RegistrationOptionsTests
{
    [Theory]
    [InlineData("Open", RegistrationPolicy.Open)]
    [InlineData("inviteonly", RegistrationPolicy.InviteOnly)]
    [InlineData(" CLOSED ", RegistrationPolicy.Closed)]
    public void A_policy_is_named_in_any_case(string value, RegistrationPolicy policy)
    {
        var options = new RegistrationOptions { Registration = value };

        Validate(options).Should().BeEmpty();
        options.Policy.Should().Be(policy);
    }

    [Theory]
    [InlineData("Sometimes")]
    [InlineData("1")]
    [InlineData("Open,Closed")]
    [InlineData("Invite Only")]
    public void Anything_else_is_refused_naming_the_key(string value) =>
        Validate(new RegistrationOptions { Registration = value }).Should().ContainSingle()
            .Which.ErrorMessage.Should().Be(RegistrationOptions.UnknownPolicy);

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(30, true)]
    [InlineData(31, false)]
    public void Invitations_last_1_to_30_days(int days, bool valid)
    {
        var errors = Validate(new RegistrationOptions { Registration = "Open", InvitationDays = days });

        if (valid)
        {
            errors.Should().BeEmpty();
        }
        else
        {
            errors.Should().ContainSingle().Which.ErrorMessage.Should().Contain("Auth:InvitationDays");
        }
    }

    [Fact]
    public void With_an_invitation_the_email_may_be_left_out_and_without_one_it_may_not()
    {
        var validator = new RegisterValidator();

        validator.Validate(new RegisterCommand(null, "correct horse battery", "Name", "a-token")).IsValid.Should().BeTrue();
        validator.Validate(new RegisterCommand("", "correct horse battery", "Name", "a-token")).IsValid.Should().BeTrue();
        validator.Validate(new RegisterCommand("not-an-email", "correct horse battery", "Name", "a-token")).Errors
            .Should().ContainSingle(e => e.PropertyName == "Email");
        validator.Validate(new RegisterCommand(null, "correct horse battery", "Name")).Errors
            .Should().ContainSingle(e => e.PropertyName == "Email");
        validator.Validate(new RegisterCommand(null, "correct horse battery", "Name", new string('t', 101))).Errors
            .Should().ContainSingle(e => e.PropertyName == "InvitationToken");
    }

    private static List<ValidationResult> Validate(RegistrationOptions options)
    {
        var errors = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), errors, validateAllProperties: true);
        return errors;
    }
}
