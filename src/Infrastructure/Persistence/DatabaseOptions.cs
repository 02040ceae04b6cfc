using System.ComponentModel.DataAnnotations;

namespace AnalisaAI.Api.Infrastructure.Persistence;

public sealed class DatabaseOptions
{
    public const string Section = "Database";

    [AllowedValues(DatabaseProvider.Sqlite, DatabaseProvider.SqlServer,
        ErrorMessage = "Database:Provider must be 'Sqlite' or 'SqlServer'.")]
    public string Provider { get; set; } = DatabaseProvider.Sqlite;
}
