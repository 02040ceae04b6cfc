using System.Text.Json.Nodes;
using AnalisaAI.Api.Infrastructure.Web;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace AnalisaAI.Api.Infrastructure.OpenApi;

/// <summary>
/// Each <see cref="ClosedSet"/> is one component schema (id from <see cref="SchemaIds"/>), and every body field,
/// query parameter and response property that holds one of its values refers to it: written out in each place,
/// a generator would make a separate type per place. An enum's set is the enum's own schema, the one responses
/// of the enum type refer to.
/// </summary>
public static class ClosedSetSchemas
{
    /// <summary>The reference to <paramref name="set"/>'s schema, which is added to the document on first use.</summary>
    public static OpenApiSchemaReference Reference(ClosedSet set, ISchemaGenerator generator, SchemaRepository repository)
    {
        // An enum's id is the generator's (SchemaIds.For in the app), whatever strategy it was given.
        var id = set.DeclaredBy.IsEnum && generator.GenerateSchema(set.DeclaredBy, repository) is OpenApiSchemaReference { Reference.Id: { } enumId }
            ? enumId
            : SchemaIds.For(set);
        if (!repository.Schemas.ContainsKey(id))
        {
            repository.AddDefinition(id, new OpenApiSchema { Type = JsonSchemaType.String, Enum = [.. set.Select(value => (JsonNode)JsonValue.Create(value))] });
        }

        // One id, one list: two sets of one name, or an enum that JSON spells unlike ApiEnum, would say one thing
        // in the document and check another.
        var listed = repository.Schemas[id].Enum?.Select(value => value is JsonValue text && text.TryGetValue<string>(out var name) ? name : value?.ToJsonString()) ?? [];
        if (!listed.SequenceEqual(set))
        {
            throw new InvalidOperationException($"The schema {id} lists [{string.Join(", ", listed)}], but the closed set {set.Name} of {set.DeclaredBy.Name} is [{set}].");
        }

        return new OpenApiSchemaReference(id);
    }

    /// <summary>
    /// What stands where <paramref name="value"/> stood: the bare reference, or, when the value may be null or says
    /// something of its own (a description, read-only), an allOf of the reference beside it, since OpenAPI 3.0
    /// ignores what stands beside a $ref.
    /// </summary>
    public static IOpenApiSchema InPlaceOf(IOpenApiSchema value, OpenApiSchemaReference reference)
    {
        var nullable = value.Type is { } type && type.HasFlag(JsonSchemaType.Null);
        if (!nullable && value.Description is null && !value.ReadOnly && value.Default is null)
        {
            return reference;
        }

        return new OpenApiSchema
        {
            AllOf = [reference],
            Type = nullable ? JsonSchemaType.Null : null,
            Description = value.Description,
            ReadOnly = value.ReadOnly,
            Default = value.Default,
        };
    }
}
