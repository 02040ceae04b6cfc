namespace AnalisaAI.Api.Infrastructure.Persistence;

public static class DatabaseProvider
{
    public const string Sqlite = "Sqlite";
    public const string SqlServer = "SqlServer";
}
