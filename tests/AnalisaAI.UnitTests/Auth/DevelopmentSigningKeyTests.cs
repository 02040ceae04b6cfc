using System.Runtime.Versioning;
using AnalisaAI.Api.Infrastructure.Auth;

namespace AnalisaAI.UnitTests.Auth;

public sealed class DevelopmentSigningKeyTests : IDisposable
{
    private readonly string contentRoot = Path.Combine(Path.GetTempPath(), "analisaai-key-" + Guid.NewGuid().ToString("N"));

    private string KeyPath => Path.Combine(contentRoot, "data", "jwt-signing-key.txt");

    [Fact]
    public void Creates_a_long_key_once_under_data_and_reuses_it()
    {
        var first = DevelopmentSigningKey.LoadOrCreate(contentRoot);
        var second = DevelopmentSigningKey.LoadOrCreate(contentRoot);

        File.ReadAllText(KeyPath).Should().Be(first);
        second.Should().Be(first);
        new JwtOptions { SigningKey = first }.SigningKeyBytes.Length.Should().BeGreaterThanOrEqualTo(JwtOptions.MinimumKeyBytes);
    }

    [UnixFact]
    [UnsupportedOSPlatform("windows")]
    public void The_key_file_is_readable_by_its_owner_only()
    {
        DevelopmentSigningKey.LoadOrCreate(contentRoot);

        File.GetUnixFileMode(KeyPath).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }

    [Fact]
    public void Another_content_root_gets_another_key()
    {
        var other = Path.Combine(Path.GetTempPath(), "analisaai-key-" + Guid.NewGuid().ToString("N"));
        try
        {
            DevelopmentSigningKey.LoadOrCreate(other).Should().NotBe(DevelopmentSigningKey.LoadOrCreate(contentRoot));
        }
        finally
        {
            Directory.Delete(other, recursive: true);
        }
    }

    [Fact]
    public void A_short_stored_key_is_replaced()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(KeyPath)!);
        File.WriteAllText(KeyPath, "short");

        var key = DevelopmentSigningKey.LoadOrCreate(contentRoot);

        key.Should().NotBe("short");
        key.Length.Should().BeGreaterThanOrEqualTo(2 * JwtOptions.MinimumKeyBytes);
        File.ReadAllText(KeyPath).Should().Be(key);
    }

    public void Dispose()
    {
        if (Directory.Exists(contentRoot))
        {
            Directory.Delete(contentRoot, recursive: true);
        }
    }
}
