using System.Security.Claims;
using AnalisaAI.Api.Infrastructure.Auth;
using AnalisaAI.Api.Infrastructure.Startup;
using Microsoft.Extensions.Options;

namespace AnalisaAI.UnitTests.Startup;

public class SettingErrorsTests
{
    [Fact]
    public void Option_failures_become_one_line_naming_every_key()
    {
        var first = new OptionsValidationException("Jwt", typeof(JwtOptions), ["Jwt:SigningKey is a repeated pattern."]);
        var second = new OptionsValidationException("Lockout", typeof(object), ["Auth:Lockout:MaxFailedAttempts must be 1 to 100.\nsecond line"]);

        var line = SettingErrors.Describe(new AggregateException(first, second));

        line.Should().StartWith("Invalid setting: ").And.Contain("Jwt:SigningKey").And.Contain("Auth:Lockout:MaxFailedAttempts").And.NotContain("\n");
    }

    [Fact]
    public void A_binder_error_names_the_key()
    {
        var line = SettingErrors.Describe(new InvalidOperationException("Failed to convert configuration value 'x' at 'Jwt:AccessTokenMinutes' to type 'System.Int32'."));

        line.Should().Contain("Jwt:AccessTokenMinutes");
    }

    [Fact]
    public void Other_failures_are_not_setting_errors()
    {
        SettingErrors.Describe(new InvalidOperationException("The database is unreachable.")).Should().BeNull();
        SettingErrors.Describe(new AggregateException(new OptionsValidationException("a", typeof(object), ["A:B bad"]), new IOException("disk"))).Should().BeNull();
    }

    [Theory]
    [InlineData("0197a0b4-1111-7000-8000-000000000001", "0197a0b4-2222-7000-8000-000000000002", true)]
    [InlineData(null, "0197a0b4-2222-7000-8000-000000000002", false)]
    [InlineData("not-a-guid", "0197a0b4-2222-7000-8000-000000000002", false)]
    [InlineData("00000000-0000-0000-0000-000000000000", "0197a0b4-2222-7000-8000-000000000002", false)]
    [InlineData("0197a0b4-1111-7000-8000-000000000001", null, false)]
    [InlineData("0197a0b4-1111-7000-8000-000000000001", "session", false)]
    public void Access_tokens_need_a_guid_subject_and_session(string? subject, string? session, bool valid)
    {
        var claims = new List<Claim>();
        if (subject is not null)
        {
            claims.Add(new Claim(AuthClaims.Subject, subject));
        }

        if (session is not null)
        {
            claims.Add(new Claim(AuthClaims.Session, session));
        }

        AccessTokenClaims.TryRead(new ClaimsPrincipal(new ClaimsIdentity(claims, "test")), out _, out _).Should().Be(valid);
    }
}
