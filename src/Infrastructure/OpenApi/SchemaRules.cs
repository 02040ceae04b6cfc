using System.Globalization;
using System.Text.Json.Nodes;
using AnalisaAI.Api.Infrastructure.Validation;
using AnalisaAI.Api.Infrastructure.Web;
using FluentValidation.Validators;
using Microsoft.OpenApi;

namespace AnalisaAI.Api.Infrastructure.OpenApi;

/// <summary>
/// Writes what one validator checks into the schema of the value it checks: lengths, ranges, patterns, formats,
/// and the type, range and allowed values of a <see cref="IDescribedValidator"/>. Rules that compare with another
/// property or run code (Must) say nothing a schema can hold, and are left out.
/// </summary>
public static class SchemaRules
{
    public static void Apply(OpenApiSchema schema, IPropertyValidator validator)
    {
        switch (validator)
        {
            case IDescribedValidator described:
                Apply(schema, described.Shape);
                break;
            case ILengthValidator length:
                schema.MinLength = length.Min > 0 ? Math.Max(length.Min, schema.MinLength ?? 0) : schema.MinLength;
                schema.MaxLength = length.Max > 0 ? Math.Min(length.Max, schema.MaxLength ?? int.MaxValue) : schema.MaxLength;
                break;
            case INotEmptyValidator when IsType(schema, JsonSchemaType.String):
                schema.MinLength ??= 1;
                break;
            case INotEmptyValidator when IsType(schema, JsonSchemaType.Array):
                schema.MinItems ??= 1;
                break;
            case IBetweenValidator between when validator.Name == "InclusiveBetweenValidator":
                schema.Minimum = Number(between.From);
                schema.Maximum = Number(between.To);
                break;
            case IComparisonValidator { MemberToCompare: null, ValueToCompare: { } value, Comparison: Comparison.GreaterThanOrEqual }:
                schema.Minimum = Number(value);
                break;
            case IComparisonValidator { MemberToCompare: null, ValueToCompare: { } value, Comparison: Comparison.LessThanOrEqual }:
                schema.Maximum = Number(value);
                break;
            case IEmailValidator:
                schema.Format = "email";
                break;
            case IRegularExpressionValidator { Expression: { } expression }:
                schema.Pattern = expression;
                break;
        }
    }

    /// <summary>A value that may be absent no longer: the schema stops allowing null.</summary>
    public static void Require(OpenApiSchema schema)
    {
        if (schema.Type is { } type)
        {
            schema.Type = type & ~JsonSchemaType.Null;
        }
    }

    private static void Apply(OpenApiSchema schema, ValueShape shape)
    {
        if (shape.Type is { } type)
        {
            var nullable = schema.Type is { } current && current.HasFlag(JsonSchemaType.Null);
            schema.Type = Type(type) | (nullable ? JsonSchemaType.Null : 0);
            schema.Format = shape.Format;
        }

        schema.Minimum = shape.Minimum is { } minimum ? Number(minimum) : schema.Minimum;
        schema.Maximum = shape.Maximum is { } maximum ? Number(maximum) : schema.Maximum;
        schema.MinLength = shape.MinLength ?? schema.MinLength;
        schema.MaxLength = shape.MaxLength ?? schema.MaxLength;
        schema.MinItems = shape.MinItems is > 0 ? shape.MinItems : schema.MinItems;
        schema.MaxItems = shape.MaxItems ?? schema.MaxItems;
        // A closed set is referred to, not written out (ClosedSetSchemas); what is left is true and false.
        if (shape.Values is { } values and not ClosedSet)
        {
            // In the JSON type the value stands for: true rather than "true".
            schema.Enum = [.. values.Select(value => shape.Type == "boolean" ? JsonValue.Create(bool.Parse(value)) : (JsonNode)JsonValue.Create(value))];
        }
    }

    private static JsonSchemaType Type(string type) => type switch
    {
        "integer" => JsonSchemaType.Integer,
        "number" => JsonSchemaType.Number,
        "boolean" => JsonSchemaType.Boolean,
        "array" => JsonSchemaType.Array,
        _ => JsonSchemaType.String,
    };

    private static bool IsType(OpenApiSchema schema, JsonSchemaType type) => schema.Type is { } current && current.HasFlag(type);

    private static string? Number(object? value) => value switch
    {
        null => null,
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
