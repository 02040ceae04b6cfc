using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace AnalisaAI.IntegrationTests.Web;

/// <summary>One place where the OpenAPI document says less than api.md: its category and where it is.</summary>
public sealed record WeakSpot(string Category, string Where);

/// <summary>
/// Scans a served OpenAPI document for what a generated client would get wrong. It knows the contract's names
/// (api.md) but not the app's code: which request fields are required it is told by
/// <paramref name="requiredByValidator"/> (schema name to the JSON names its validator requires).
/// </summary>
public sealed partial class OpenApiWeakSpots(JsonObject document, Func<string, IReadOnlyCollection<string>> requiredByValidator)
{
    public const string RequiredNotListed = "request field required by its validator but not by its schema";
    public const string ClosedSetAsString = "closed set as a plain string";
    public const string NumberAsString = "number as a string";
    public const string DateWithoutFormat = "date or time without format";
    public const string QueryParameterName = "query parameter named or typed unlike the contract";
    public const string ResponseWithoutRequired = "response object without a full required list";
    public const string TokenWithout401 = "token-requiring operation without 401";
    public const string AnonymousWithSecurity = "anonymous operation with a security requirement";
    public const string ProblemWithoutTraceId = "error response without a problem schema with traceId (and errors on 400)";
    public const string WithoutIdOrTag = "operation without operationId or tag";
    public const string DatabaseWithout503 = "database operation without 503 and Retry-After";
    public const string NoServers = "no servers";
    public const string MissingOperation = "operation of api.md missing from the document";
    public const string CountWithoutBounds = "count on a write without the range 0 to 10^12";
    private readonly List<WeakSpot> spots = [];

    private JsonObject Schemas => document["components"]?["schemas"]?.AsObject() ?? [];

    public IReadOnlyList<WeakSpot> Find()
    {
        spots.Clear();
        if (document["servers"] is not JsonArray { Count: > 0 })
        {
            spots.Add(new WeakSpot(NoServers, "document"));
        }

        foreach (var (name, schema) in Schemas)
        {
            ScanProperties($"#/{name}", schema!.AsObject());
        }

        var operations = Operations().Select(o => o.Key).ToHashSet();
        spots.AddRange(OpenApiContract.ContractOperations.Where(o => !operations.Contains(o)).Select(o => new WeakSpot(MissingOperation, o)));

        var requestSchemas = new HashSet<string>();
        var responseSchemas = new HashSet<string>();
        foreach (var (key, operation) in Operations())
        {
            ScanOperation(key, operation, requestSchemas, responseSchemas);
        }

        foreach (var name in requestSchemas)
        {
            var listed = Strings(Schemas[name]?["required"]);
            foreach (var field in requiredByValidator(name).Where(f => !listed.Contains(f)))
            {
                spots.Add(new WeakSpot(RequiredNotListed, $"#/{name}.{field}"));
            }

            foreach (var (field, property) in Schemas[name]?["properties"]?.AsObject().Where(p => OpenApiContract.Counts.Contains(p.Key)) ?? [])
            {
                if (Type(property) != "integer" || property!["minimum"]?.GetValue<decimal>() != 0 || property["maximum"]?.GetValue<decimal>() != 1_000_000_000_000m)
                {
                    spots.Add(new WeakSpot(CountWithoutBounds, $"#/{name}.{field}"));
                }
            }
        }

        foreach (var name in responseSchemas.Except(requestSchemas))
        {
            if (Schemas[name] is JsonObject { } schema && schema["properties"] is JsonObject properties
                && !properties.Select(p => p.Key).Except(OpenApiContract.SometimesAbsent).All(Strings(schema["required"]).Contains))
            {
                spots.Add(new WeakSpot(ResponseWithoutRequired, $"#/{name}"));
            }
        }

        return spots;
    }

    private static bool IsApi(string operation) => operation.Split(' ')[1].StartsWith("/api/", StringComparison.Ordinal);

    private IEnumerable<(string Key, JsonObject Operation)> Operations() =>
        document["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject()
            .Where(o => o.Key is "get" or "put" or "post" or "delete" or "patch")
            .Select(o => ($"{o.Key} {path.Key}", o.Value!.AsObject())));

    private void ScanOperation(string key, JsonObject operation, HashSet<string> requestSchemas, HashSet<string> responseSchemas)
    {
        if (operation["operationId"] is null || operation["tags"] is not JsonArray { Count: > 0 })
        {
            spots.Add(new WeakSpot(WithoutIdOrTag, key));
        }

        var secured = operation["security"] is JsonArray { Count: > 0 };
        var responses = operation["responses"]?.AsObject() ?? [];
        if (OpenApiContract.Anonymous.Contains(key) && secured)
        {
            spots.Add(new WeakSpot(AnonymousWithSecurity, key));
        }

        if (secured && !responses.ContainsKey("401"))
        {
            spots.Add(new WeakSpot(TokenWithout401, key));
        }

        if (IsApi(key) && responses["503"]?["headers"]?["Retry-After"] is null)
        {
            spots.Add(new WeakSpot(DatabaseWithout503, key));
        }

        foreach (var parameter in operation["parameters"]?.AsArray().Select(p => p!.AsObject()) ?? [])
        {
            ScanParameter(key, parameter);
        }

        foreach (var media in operation["requestBody"]?["content"]?.AsObject() ?? [])
        {
            Collect(media.Value?["schema"], requestSchemas);
        }

        foreach (var (status, response) in responses)
        {
            var content = response?["content"]?.AsObject() ?? [];
            foreach (var media in content)
            {
                Collect(media.Value?["schema"], responseSchemas);
            }

            // The health checks answer plain text for orchestrators; every API error is problem details.
            if (IsApi(key) && int.TryParse(status, out var code) && code >= 400 && !IsProblem(content, code == 400))
            {
                spots.Add(new WeakSpot(ProblemWithoutTraceId, $"{key} {status}"));
            }
        }
    }

    private void ScanParameter(string key, JsonObject parameter)
    {
        var name = parameter["name"]!.GetValue<string>();
        var where = $"{key} ?{name}";
        var schema = Resolve(parameter["schema"]);
        if (parameter["in"]!.GetValue<string>() != "query")
        {
            return;
        }

        var type = Type(schema);
        if (!OpenApiContract.QueryParameters.GetValueOrDefault(key, []).Contains(name) || !CamelCase().IsMatch(name)
            || (OpenApiContract.Integers.Contains(name) && type != "integer")
            || (OpenApiContract.Numbers.Contains(name) && type != "number")
            || (OpenApiContract.Booleans.Contains(name) && type != "boolean"))
        {
            spots.Add(new WeakSpot(QueryParameterName, where));
        }

        ScanValue(where, name, schema);
    }

    private void ScanProperties(string where, JsonObject schema)
    {
        foreach (var (name, property) in schema["properties"]?.AsObject() ?? [])
        {
            var resolved = Resolve(property);
            ScanValue($"{where}.{name}", name, resolved);
            if (property?["$ref"] is null && resolved?["properties"] is JsonObject)
            {
                ScanProperties($"{where}.{name}", resolved.AsObject());
            }
        }
    }

    private void ScanValue(string where, string name, JsonNode? schema)
    {
        var type = Type(schema);
        var items = type == "array" ? Resolve(schema!["items"]) : null;
        if (OpenApiContract.ClosedSets.Contains(name) && (type == "string" || Type(items) == "string") && (items ?? schema)!["enum"] is null)
        {
            spots.Add(new WeakSpot(ClosedSetAsString, where));
        }

        if (schema?["type"] is JsonArray types && types.Any(t => t!.GetValue<string>() is "integer" or "number"))
        {
            spots.Add(new WeakSpot(NumberAsString, where));
        }
        else if (type == "string" && (OpenApiContract.Integers.Contains(name) || OpenApiContract.Numbers.Contains(name)
                 || schema!["pattern"]?.GetValue<string>() is { } pattern && AdmitsOnlyNumbers(pattern)))
        {
            spots.Add(new WeakSpot(NumberAsString, where));
        }

        if (type == "string" && (OpenApiContract.Times.Contains(name) || name.EndsWith("At", StringComparison.Ordinal) || name.EndsWith("Until", StringComparison.Ordinal))
            && schema!["format"]?.GetValue<string>() is not ("date" or "date-time"))
        {
            spots.Add(new WeakSpot(DateWithoutFormat, where));
        }
    }

    private bool IsProblem(JsonObject content, bool validation)
    {
        var schema = Resolve(content["application/problem+json"]?["schema"]);
        var properties = schema?["properties"]?.AsObject();
        return properties is not null && properties.ContainsKey("traceId") && (!validation || properties.ContainsKey("errors"));
    }

    /// <summary>Adds the component schemas that <paramref name="schema"/> names, and those they name, to <paramref name="names"/>.</summary>
    private void Collect(JsonNode? schema, HashSet<string> names)
    {
        switch (schema)
        {
            case JsonObject { } node when node["$ref"] is { } reference:
                var name = reference.GetValue<string>().Split('/')[^1];
                if (names.Add(name))
                {
                    Collect(Schemas[name], names);
                }

                break;
            case JsonObject { } node:
                foreach (var child in node.Where(p => p.Key is "items" or "additionalProperties").Select(p => p.Value)
                             .Concat(node["properties"]?.AsObject().Select(p => p.Value) ?? [])
                             .Concat(node["allOf"]?.AsArray() ?? [])
                             .Concat(node["oneOf"]?.AsArray() ?? [])
                             .Concat(node["anyOf"]?.AsArray() ?? []))
                {
                    Collect(child, names);
                }

                break;
        }
    }

    /// <summary>The schema a reference, or an allOf of one reference, stands for.</summary>
    private JsonNode? Resolve(JsonNode? schema)
    {
        if (schema?["allOf"] is JsonArray { Count: 1 } allOf)
        {
            schema = allOf[0];
        }

        return schema?["$ref"] is { } reference ? Schemas[reference.GetValue<string>().Split('/')[^1]] : schema;
    }

    /// <summary>A pattern that a number meets and words and dates do not: a number written as a string.</summary>
    private static bool AdmitsOnlyNumbers(string pattern) =>
        Regex.IsMatch("123", pattern, RegexOptions.None, PatternTimeout) && !Regex.IsMatch("abc", pattern, RegexOptions.None, PatternTimeout)
        && !Regex.IsMatch("2026-06-30", pattern, RegexOptions.None, PatternTimeout);

    private static readonly TimeSpan PatternTimeout = TimeSpan.FromSeconds(1);

    private static string? Type(JsonNode? schema) => schema?["type"] is JsonValue value ? value.GetValue<string>() : null;

    private static HashSet<string> Strings(JsonNode? array) => [.. array?.AsArray().Select(v => v!.GetValue<string>()) ?? []];

    [GeneratedRegex("^[a-z][A-Za-z0-9]*$")]
    private static partial Regex CamelCase();

}
