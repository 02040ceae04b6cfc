using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace AnalisaAI.Api.Infrastructure.OpenApi;

/// <summary>
/// Response objects as the API writes them: every property is always written (null included), so every one is
/// required, and the nullable ones (by their C# nullability) say so, a nested object too: a reference cannot carry
/// <c>nullable</c> in OpenAPI 3.0, so a nullable one becomes <c>allOf</c> of the reference. Closed sets of text
/// (<see cref="OneOfAttribute"/>) become enums. Request bodies are left to <see cref="ValidatorRulesFilter"/>.
/// </summary>
public sealed class ResponseSchemaFilter(ISerializerDataContractResolver contracts, IServiceProvider services) : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema { Properties.Count: > 0 } objectSchema || ValidatorRules.For(services, context.Type).Count > 0)
        {
            return;
        }

        var contract = contracts.GetDataContractForType(context.Type);
        foreach (var property in contract.ObjectProperties ?? [])
        {
            if (!objectSchema.Properties.TryGetValue(property.Name, out var propertySchema))
            {
                continue;
            }

            if (IsLeftOutWhenNull(property.MemberInfo))
            {
                // Never written as null: absent instead.
                if (propertySchema is OpenApiSchema optional)
                {
                    SchemaRules.Require(optional);
                }
            }
            else
            {
                objectSchema.Required ??= new HashSet<string>(StringComparer.Ordinal);
                objectSchema.Required.Add(property.Name);
            }

            if (propertySchema is OpenApiSchemaReference reference && property.IsNullable)
            {
                objectSchema.Properties[property.Name] = new OpenApiSchema { AllOf = [reference], Type = JsonSchemaType.Null };
            }

            if (property.MemberInfo?.GetCustomAttribute<OneOfAttribute>() is { } oneOf && propertySchema is OpenApiSchema text)
            {
                var target = text.Items as OpenApiSchema ?? text;
                target.Enum = [.. oneOf.Values.Select(value => (JsonNode)JsonValue.Create(value))];
                if (target.Type is { } type && type.HasFlag(JsonSchemaType.Null))
                {
                    // OpenAPI 3.0.3: with an enum, null is allowed only when the enum lists it.
                    target.Enum.Add(null!);
                }
            }
        }
    }

    private static bool IsLeftOutWhenNull(MemberInfo? member) =>
        member?.GetCustomAttribute<JsonIgnoreAttribute>()?.Condition is JsonIgnoreCondition.WhenWritingNull or JsonIgnoreCondition.WhenWritingDefault;
}
