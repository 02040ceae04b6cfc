using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace AnalisaAI.Api.Infrastructure.Web;

/// <summary>Writes each <see cref="QueryParameterFormat"/> of an endpoint into its operation's parameters.</summary>
public sealed class QueryParameterFormatFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var formats = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<QueryParameterFormat>().ToList();
        if (formats.Count == 0 || operation.Parameters is null)
        {
            return;
        }

        foreach (var parameter in operation.Parameters)
        {
            var format = formats.FirstOrDefault(f => string.Equals(f.Name, parameter.Name, StringComparison.OrdinalIgnoreCase));
            if (format is not null && parameter is OpenApiParameter { Schema: OpenApiSchema schema })
            {
                Describe(schema, format);
            }
        }
    }

    private static void Describe(OpenApiSchema schema, QueryParameterFormat format)
    {
        schema.Type = format.Type switch
        {
            "integer" => JsonSchemaType.Integer,
            "number" => JsonSchemaType.Number,
            "boolean" => JsonSchemaType.Boolean,
            _ => JsonSchemaType.String,
        };
        schema.Format = format.Format;
        schema.Minimum = format.Minimum;
        schema.Maximum = format.Maximum;
        schema.Enum = format.Values is null ? null : [.. format.Values.Select(value => Value(format.Type, value))];
        schema.Default = format.Default is null ? null : Value(format.Type, format.Default);
    }

    /// <summary>A value as the JSON its type calls for: true rather than "true", 20 rather than "20".</summary>
    private static JsonNode Value(string type, string value) => type switch
    {
        "boolean" => JsonValue.Create(bool.Parse(value)),
        "integer" or "number" => JsonNode.Parse(value)!,
        _ => JsonValue.Create(value),
    };
}
