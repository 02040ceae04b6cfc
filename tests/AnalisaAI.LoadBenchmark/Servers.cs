using System.Security.Cryptography;

namespace AnalisaAI.LoadBenchmark;

/// <summary>Starts the published apps with the benchmark's settings: fresh secrets per run, limits out of the way.</summary>
public sealed class Servers(PublishedApps apps, string scratch)
{
    public const string AdminEmail = "admin@loadbenchmark.test";

    /// <summary>Random per run; meets both apps' password rules (length; Identity's character classes).</summary>
    public string Password { get; } = "Bench-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(12)) + "-a1";

    /// <summary>
    /// The API with the automatic update on or off. MinAge 0 keeps every influencer stale, so every login
    /// and refresh has the whole update path to start. The login and refresh rate limits are raised, as
    /// all clients come from one address.
    /// </summary>
    public Task<ServerProcess> StartApiAsync(string name, bool automaticUpdate) =>
        ServerProcess.StartAsync(name, apps.ApiDll, scratch, new Dictionary<string, string>
        {
            ["Jwt__SigningKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48)),
            ["Auth__BootstrapAdmin__Email"] = AdminEmail,
            ["Auth__BootstrapAdmin__Password"] = Password,
            ["Seed__Demo"] = "false",

            // The benchmark registers its own users; Production would otherwise ask them for invitations.
            ["Auth__Registration"] = "Open",
            ["RateLimiting__Login__PermitLimit"] = "1000000",
            ["RateLimiting__Refresh__PermitLimit"] = "1000000",
            ["MetricsUpdate__Enabled"] = automaticUpdate ? "true" : "false",
            ["MetricsUpdate__MinAge"] = "00:00:00",
            ["Serilog__MinimumLevel__Default"] = "Warning",
        });

    /// <summary>The minimal ASP.NET Core Identity app (MapIdentityApi) on SQLite.</summary>
    public Task<ServerProcess> StartPeerAsync(string name) =>
        ServerProcess.StartAsync(name, apps.PeerDll, scratch, new Dictionary<string, string>
        {
            ["Logging__LogLevel__Default"] = "Warning",
        });
}
