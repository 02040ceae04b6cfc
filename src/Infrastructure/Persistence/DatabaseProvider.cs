namespace AnalisaAI.Api.Infrastructure.Persistence;

public static class DatabaseProvider
{
    public const string Sqlite = "Sqlite";
    public const string SqlServer = "SqlServer";
    public const string PostgreSql = "PostgreSql";

    public static readonly IReadOnlyList<string> All = [Sqlite, SqlServer, PostgreSql];

    /// <summary>The canonical name of a configured provider (matched ignoring case), or null when unknown.</summary>
    public static string? Canonical(string? configured) =>
        All.FirstOrDefault(name => string.Equals(name, configured?.Trim(), StringComparison.OrdinalIgnoreCase));
}
