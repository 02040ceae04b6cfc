using System.Security.Cryptography;

namespace AnalisaAI.Api.Infrastructure.Auth;

/// <summary>
/// In Development only: when no signing key is configured, one is generated once and kept under data/,
/// so `dotnet run` works on a fresh clone and tokens survive restarts.
/// </summary>
public static class DevelopmentSigningKey
{
    public static string LoadOrCreate(string contentRoot)
    {
        var path = Path.Combine(contentRoot, "data", "jwt-signing-key.txt");
        if (File.Exists(path))
        {
            var existing = File.ReadAllText(path).Trim();
            if (existing.Length >= 2 * JwtOptions.MinimumKeyBytes)
            {
                return existing;
            }
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(64));
        File.WriteAllText(path, key);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        return key;
    }
}
