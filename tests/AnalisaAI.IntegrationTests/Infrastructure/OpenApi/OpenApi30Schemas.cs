using System.Text.Json.Nodes;

namespace AnalisaAI.IntegrationTests.Infrastructure.OpenApi;

/// <summary>
/// Rewrites an OpenAPI 3.0 document's Schema Objects as JSON Schema 2020-12 (what a 3.1 document holds), so one
/// validator serves both versions:
/// <list type="bullet">
/// <item><c>nullable: true</c> allows null: "null" joins <c>type</c> (and <c>enum</c>, if any); a schema without
/// <c>type</c> (a <c>$ref</c> wrapped in <c>allOf</c>, as Swashbuckle writes a nullable reference) becomes
/// <c>anyOf: [itself, {type: null}]</c>. That is how 3.0 tools read it; 3.0.3's strict wording would forbid null there.</item>
/// <item>A <c>$ref</c>'s siblings are dropped: 3.0 ignores them, 2020-12 would apply them.</item>
/// <item>Boolean <c>exclusiveMinimum</c>/<c>exclusiveMaximum</c> become the 2020-12 numbers.</item>
/// </list>
/// Other 3.0-only keywords (<c>example</c>, <c>xml</c>, <c>discriminator</c>) stay, as annotations.
/// </summary>
public static class OpenApi30Schemas
{
    private static readonly string[] SingleSubschemas = ["items", "additionalProperties", "not", "additionalItems"];
    private static readonly string[] SubschemaLists = ["allOf", "anyOf", "oneOf"];

    /// <summary>Rewrites every Schema Object under <paramref name="node"/> (a whole document, or part of one) in place.</summary>
    public static void TranslateDocument(JsonNode? node)
    {
        if (node is JsonObject obj)
        {
            foreach (var (key, value) in obj.ToList())
            {
                if (key == "schema" && value is JsonObject)
                {
                    obj[key] = Translate(value);
                }
                else if (key == "schemas" && value is JsonObject components)
                {
                    foreach (var (name, schema) in components.ToList())
                    {
                        components[name] = Translate(schema);
                    }
                }
                else if (key is not ("example" or "examples"))
                {
                    // Examples are data, not schemas, even where they hold a key named "schema".
                    TranslateDocument(value);
                }
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var item in array)
            {
                TranslateDocument(item);
            }
        }
    }

    /// <summary>One 3.0 Schema Object as 2020-12 (a new node; the input is left as it was).</summary>
    public static JsonNode? Translate(JsonNode? schema)
    {
        if (schema is not JsonObject source)
        {
            return schema?.DeepClone();
        }

        if (source.ContainsKey("$ref"))
        {
            return new JsonObject { ["$ref"] = source["$ref"]!.DeepClone() };
        }

        var result = new JsonObject();
        foreach (var (key, value) in source)
        {
            result[key] = key switch
            {
                "properties" or "patternProperties" when value is JsonObject properties =>
                    new JsonObject(properties.Select(p => KeyValuePair.Create(p.Key, Translate(p.Value)))),
                _ when SingleSubschemas.Contains(key) && value is JsonObject => Translate(value),
                _ when SubschemaLists.Contains(key) && value is JsonArray list => new JsonArray([.. list.Select(Translate)]),
                _ => value?.DeepClone(),
            };
        }

        TranslateExclusiveBound(result, "exclusiveMinimum", "minimum");
        TranslateExclusiveBound(result, "exclusiveMaximum", "maximum");
        return result.Remove("nullable", out var nullable) && nullable is JsonValue flag && flag.GetValue<bool>()
            ? AllowNull(result)
            : result;
    }

    private static JsonObject AllowNull(JsonObject schema)
    {
        if (schema["type"] is JsonValue single)
        {
            schema["type"] = new JsonArray(single.GetValue<string>(), "null");
        }
        else if (schema["type"] is JsonArray types)
        {
            if (!types.Any(t => t?.GetValue<string>() == "null"))
            {
                types.Add("null");
            }
        }
        else
        {
            return new JsonObject { ["anyOf"] = new JsonArray(schema, new JsonObject { ["type"] = "null" }) };
        }

        if (schema["enum"] is JsonArray values && !values.Any(v => v is null))
        {
            values.Add(null);
        }

        return schema;
    }

    private static void TranslateExclusiveBound(JsonObject schema, string exclusive, string bound)
    {
        if (schema[exclusive] is JsonValue flag && flag.TryGetValue<bool>(out var isExclusive))
        {
            schema.Remove(exclusive);
            if (isExclusive && schema.Remove(bound, out var value))
            {
                schema[exclusive] = value;
            }
        }
    }
}
