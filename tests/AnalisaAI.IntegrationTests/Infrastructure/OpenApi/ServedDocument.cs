using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace AnalisaAI.IntegrationTests.Infrastructure.OpenApi;

/// <summary>
/// The OpenAPI document an app serves, read for checking responses: its operations by method and path template,
/// under the path of its first server (none: the root), and its schemas as JSON Schema 2020-12 (a 3.0 document is
/// translated by <see cref="OpenApi30Schemas"/>; 3.1 holds 2020-12 already).
/// </summary>
public sealed class ServedDocument
{
    public const string Path = "/swagger/v1/swagger.json";

    private readonly JsonObject root;
    private readonly string basePath;
    private readonly IReadOnlyList<PathTemplate> templates;
    private readonly Uri documentUri = new($"https://openapi.analisaai.test/{Guid.NewGuid():N}");
    private readonly BuildOptions buildOptions = new() { SchemaRegistry = new SchemaRegistry(), Dialect = Dialect.Draft202012 };
    private readonly ConcurrentDictionary<string, JsonSchema> schemas = new();

    private ServedDocument(JsonObject root)
    {
        this.root = root;
        Version = root["openapi"]?.GetValue<string>()
            ?? throw new InvalidOperationException("Not an OpenAPI 3 document: it has no \"openapi\" version.");
        if (Version.StartsWith("3.0", StringComparison.Ordinal))
        {
            OpenApi30Schemas.TranslateDocument(root);
        }
        else if (!Version.StartsWith("3.1", StringComparison.Ordinal))
        {
            throw new NotSupportedException($"OpenAPI {Version} is not read here: only 3.0 and 3.1.");
        }

        basePath = BasePath(root["servers"]);
        templates = [.. (root["paths"] as JsonObject ?? []).Select(path => new PathTemplate(path.Key))];
        buildOptions.SchemaRegistry.Register(new JsonElementBaseDocument(JsonSerializer.SerializeToElement(root), documentUri));
    }

    /// <summary>The document's <c>openapi</c> version, e.g. 3.0.4.</summary>
    public string Version { get; }

    public static ServedDocument Parse(string json) =>
        new(JsonNode.Parse(json) as JsonObject ?? throw new InvalidOperationException("The OpenAPI document is not a JSON object."));

    /// <summary>GETs the document from the app <paramref name="client"/> talks to (a client that does not validate).</summary>
    public static async Task<ServedDocument> LoadAsync(HttpClient client, CancellationToken cancellationToken = default)
    {
        using var response = await client.GetAsync(Path, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"GET {Path} answered {(int)response.StatusCode}: the app serves no document to check responses against.");
        }

        return Parse(await response.Content.ReadAsStringAsync(cancellationToken));
    }

    /// <summary>The operation that documents <paramref name="method"/> on <paramref name="requestUri"/>; null for a path the document does not have.</summary>
    public DocumentedOperation? Resolve(string method, Uri requestUri)
    {
        var path = requestUri.IsAbsoluteUri ? requestUri.AbsolutePath : requestUri.OriginalString.Split('?')[0];
        if (!path.StartsWith(basePath, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var key = method.ToLowerInvariant();
        var paths = (JsonObject)root["paths"]!;
        var template = PathTemplate.MostSpecific(templates, path[basePath.Length..], t => paths[t.Template]?[key] is JsonObject);
        return template is null
            ? null
            : new DocumentedOperation($"{method.ToUpperInvariant()} {template.Template}", (JsonObject)paths[template.Template]![key]!,
                $"/paths/{Escape(template.Template)}/{key}");
    }

    /// <summary>Follows a local <c>$ref</c> (e.g. to <c>#/components/responses/X</c>); other nodes come back as they are.</summary>
    public (JsonNode? Node, string Pointer) Dereference(JsonNode? node, string pointer)
    {
        for (var hops = 0; node is JsonObject obj && obj["$ref"]?.GetValue<string>() is { } reference && hops < 16; hops++)
        {
            pointer = reference.StartsWith('#') ? reference[1..] : throw new NotSupportedException($"Only local references are read: {reference}.");
            node = At(pointer);
        }

        return (node, pointer);
    }

    /// <summary>The schema at <paramref name="pointer"/> (a JSON Pointer into the document), built once.</summary>
    public JsonSchema SchemaAt(string pointer) => schemas.GetOrAdd(pointer, BuildSchema);

    public static string Escape(string token) => token.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    private JsonSchema BuildSchema(string pointer)
    {
        // A copy whose local references point into the registered document, so components resolve by their own paths.
        var schema = At(pointer)?.DeepClone() ?? throw new InvalidOperationException($"No schema at {pointer}.");
        AbsoluteReferences(schema);
        if (schema is JsonObject obj)
        {
            obj["$schema"] = "https://json-schema.org/draft/2020-12/schema";
        }

        return JsonSchema.Build(JsonSerializer.SerializeToElement(schema), buildOptions, new Uri($"{documentUri}/checked/{schemas.Count}-{Guid.NewGuid():N}"));
    }

    private void AbsoluteReferences(JsonNode? node)
    {
        if (node is JsonObject obj)
        {
            if (obj["$ref"] is JsonValue reference && reference.GetValue<string>() is { } target && target.StartsWith('#'))
            {
                obj["$ref"] = documentUri + target;
            }

            foreach (var (_, value) in obj)
            {
                AbsoluteReferences(value);
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var item in array)
            {
                AbsoluteReferences(item);
            }
        }
    }

    private JsonNode? At(string pointer)
    {
        JsonNode? node = root;
        foreach (var token in pointer.Split('/').Skip(1))
        {
            var name = token.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            node = node switch
            {
                JsonObject obj => obj[name],
                JsonArray array when int.TryParse(name, out var index) && index < array.Count => array[index],
                _ => null,
            };
        }

        return node;
    }

    private static string BasePath(JsonNode? servers)
    {
        var url = (servers as JsonArray)?.FirstOrDefault()?["url"]?.GetValue<string>();
        if (string.IsNullOrEmpty(url))
        {
            return "";
        }

        // A relative server URL ("/v1") is relative to where the document is served; only its path matters here.
        return new Uri(new Uri("http://document.invalid/"), url).AbsolutePath.TrimEnd('/');
    }
}
