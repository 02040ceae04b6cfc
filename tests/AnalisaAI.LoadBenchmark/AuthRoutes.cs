namespace AnalisaAI.LoadBenchmark;

/// <summary>Where an app registers, logs in and refreshes.</summary>
public sealed record AuthRoutes(string Register, string Login, string Refresh)
{
    public static readonly AuthRoutes Api = new("/api/auth/register", "/api/auth/login", "/api/auth/refresh");
    public static readonly AuthRoutes IdentityPeer = new("/register", "/login", "/refresh");
}
