using System.Diagnostics;
using System.Security.Cryptography;
using AnalisaAI.Api.Features.Demo;
using AnalisaAI.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AnalisaAI.IntegrationTests.Security;

/// <summary>
/// Issue 10, item 8: the real built app, started as a process with a bad setting, prints one line naming the
/// key and exits with code 1 before it touches the database; demo data stays out of anything but Development.
/// </summary>
public sealed class StartupSettingsTests
{
    public static TheoryData<string, string, string> BadSettings => new()
    {
        { "Jwt__SigningKey", new string('a', 32), "Jwt:SigningKey" },
        { "Jwt__SigningKey", "short", "Jwt:SigningKey" },
        { "Auth__Lockout__MaxFailedAttempts", "0", "Auth:Lockout:MaxFailedAttempts" },
        { "Jwt__AccessTokenMinutes", "fifteen", "Jwt:AccessTokenMinutes" },
        { "Auth__Registration", "Sometimes", "Auth:Registration" },
    };

    [Theory]
    [MemberData(nameof(BadSettings))]
    public Task A_bad_setting_prints_one_line_naming_the_key_and_exits_1_before_migrating(string key, string value, string named) =>
        AssertRefusedAsync(new Dictionary<string, string> { [key] = value }, named);

    [Theory]
    [InlineData("Password123!")]
    [InlineData("P@ssw0rd2026")]
    [InlineData("passwordpassword")]
    [InlineData("Margarida-is-the-boss")]
    public Task A_bootstrap_admin_password_failing_the_password_rules_stops_start_up_naming_the_key(string password) =>
        AssertRefusedAsync(new Dictionary<string, string>
        {
            ["Auth__BootstrapAdmin__Email"] = "margarida@analisaai.test",
            ["Auth__BootstrapAdmin__Password"] = password,
        }, "Auth:BootstrapAdmin:Password");

    private static async Task AssertRefusedAsync(Dictionary<string, string> settings, string named)
    {
        var database = Path.Combine(Path.GetTempPath(), "analisaai-tests", $"startup-{Guid.NewGuid():N}.db");
        var start = new ProcessStartInfo("dotnet", [AppDll()])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(AppDll())!,
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["ASPNETCORE_URLS"] = "http://127.0.0.1:0",
                ["ConnectionStrings__Default"] = $"Data Source={database}",
                ["Jwt__SigningKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48)),
            },
        };
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }

        var lines = (await output + await error).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        process.ExitCode.Should().Be(1);
        lines.Should().ContainSingle().Which.Should().StartWith("Invalid setting:").And.Contain(named).And.NotContain("Exception");
        File.Exists(database).Should().BeFalse("settings are checked before any migration");
    }

    [Fact]
    public async Task Seed_demo_is_ignored_outside_development()
    {
        using var factory = new ConfiguredApiFactory(new Dictionary<string, string?> { ["Seed:Demo"] = "true" }, "Production");
        factory.CreateClient();

        (await factory.WithDbAsync(db => db.Users.CountAsync(u => u.Email == DemoDataSeeder.AdminEmail))).Should().Be(0);
        (await factory.WithDbAsync(db => db.Influencers.CountAsync())).Should().Be(0);
    }

    /// <summary>The app as built next to the tests: the same Debug or Release output the test run uses.</summary>
    private static string AppDll()
    {
        var dll = typeof(Program).Assembly.Location;
        File.Exists(Path.ChangeExtension(dll, ".runtimeconfig.json")).Should().BeTrue("the app's runtime config is copied next to the tests");
        return dll;
    }
}
