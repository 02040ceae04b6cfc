using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AnalisaAI.Api.Infrastructure.Persistence.Configurations;

/// <summary>
/// Stores a list of records as one JSON text column, in the API's camelCase, so that what a run stored reads back
/// as the API returns it (an object-typed field, such as a flag's evidence, reads back as its JSON).
/// </summary>
internal static class JsonColumn
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static void Configure<T>(ComplexTypePropertyBuilder column)
    {
        column.HasConversion(
            new Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<IReadOnlyList<T>, string>(
                list => JsonSerializer.Serialize(list, Options),
                text => JsonSerializer.Deserialize<List<T>>(text, Options) ?? new List<T>()),
            new ValueComparer<IReadOnlyList<T>>(
                (a, b) => JsonSerializer.Serialize(a, Options) == JsonSerializer.Serialize(b, Options),
                list => JsonSerializer.Serialize(list, Options).GetHashCode(StringComparison.Ordinal),
                list => list.ToList()));
    }
}
