using System.ComponentModel.DataAnnotations;

namespace AnalisaAI.Api.Infrastructure.Persistence;

public sealed class DatabaseOptions : IValidatableObject
{
    public const string Section = "Database";

    public const string UnknownProvider = "Database:Provider must be 'Sqlite', 'SqlServer' or 'PostgreSql'.";

    /// <summary>Sqlite, SqlServer or PostgreSql, in any case.</summary>
    public string Provider { get; set; } = DatabaseProvider.Sqlite;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (DatabaseProvider.Canonical(Provider) is null)
        {
            yield return new ValidationResult(UnknownProvider, [nameof(Provider)]);
        }
    }
}
