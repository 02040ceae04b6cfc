using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace AnalisaAI.IntegrationTests.Infrastructure.OpenApi;

/// <summary>
/// What the served document allows a response: its status declared (or a <c>default</c>), its media type among the
/// declared content, and a JSON body valid against the declared schema. Other bodies (CSV, HTML) are left unread,
/// so streaming stays streaming. Requests to paths or methods the document does not have are not checked.
/// </summary>
public sealed class ResponseContract(ServedDocument document)
{
    private static readonly EvaluationOptions Evaluation = new()
    {
        // Hierarchical, so errors inside a branch that some anyOf/oneOf did not need can be left out.
        OutputFormat = OutputFormat.Hierarchical,
        RequireFormatValidation = true,
        FormatRegistry = OpenApiFormats.Registry,
    };

    public ServedDocument Document { get; } = document;

    /// <summary>Checks <paramref name="response"/>; a JSON body is buffered first, so the test can still read it.</summary>
    public async Task<IReadOnlyList<ContractViolation>> CheckAsync(HttpRequestMessage request, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var operation = Document.Resolve(request.Method.Method, request.RequestUri!);
        if (operation is null)
        {
            return [];
        }

        var contentType = response.Content.Headers.ContentType;
        string? body = null;
        if (IsJson(contentType?.MediaType))
        {
            await response.Content.LoadIntoBufferAsync(cancellationToken);
            body = await response.Content.ReadAsStringAsync(cancellationToken);
        }

        var hasBody = contentType is not null || response.Content.Headers.ContentLength > 0;
        return Check(operation, (int)response.StatusCode, contentType, hasBody, body);
    }

    /// <summary>
    /// Checks one response to <paramref name="operation"/>: <paramref name="body"/> is the text of a JSON body
    /// (null for none or another media type).
    /// </summary>
    public IReadOnlyList<ContractViolation> Check(DocumentedOperation operation, int status, MediaTypeHeaderValue? contentType, bool hasBody, string? body)
    {
        var responses = operation.Operation["responses"] as JsonObject ?? [];
        var key = DeclaredStatus(responses, status);
        if (key is null)
        {
            return [new(operation.Name, status, ViolationKind.UndeclaredStatus, "",
                $"declared: {string.Join(", ", responses.Select(r => r.Key))}")];
        }

        var (declared, pointer) = Document.Dereference(responses[key], $"{operation.Pointer}/responses/{key}");
        var content = declared?["content"] as JsonObject ?? [];
        var mediaType = contentType?.MediaType;
        if (!hasBody)
        {
            return content.Count == 0
                ? []
                : [new(operation.Name, status, ViolationKind.MissingBody, "", $"declared: {string.Join(", ", content.Select(c => c.Key))}")];
        }

        var declaredType = content.Select(c => c.Key).FirstOrDefault(declaredKey => MediaTypeMatches(declaredKey, mediaType));
        if (declaredType is null)
        {
            return [new(operation.Name, status, ViolationKind.UndeclaredContentType, "",
                $"got {mediaType ?? "a body with no Content-Type"}; declared: {(content.Count == 0 ? "no body" : string.Join(", ", content.Select(c => c.Key)))}")];
        }

        if (body is null || content[declaredType]?["schema"] is null)
        {
            return [];
        }

        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(body);
        }
        catch (JsonException exception)
        {
            return [new(operation.Name, status, ViolationKind.NotJson, "", exception.Message)];
        }

        using (json)
        {
            var schema = Document.SchemaAt($"{pointer}/content/{ServedDocument.Escape(declaredType)}/schema");
            return SchemaErrors(operation.Name, status, schema.Evaluate(json.RootElement, Evaluation));
        }
    }

    public static bool IsJson(string? mediaType) =>
        mediaType is not null
        && (mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || mediaType.Equals("text/json", StringComparison.OrdinalIgnoreCase)
            || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase));

    private static string? DeclaredStatus(JsonObject responses, int status)
    {
        var exact = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var range = $"{status / 100}XX";
        return responses.Select(r => r.Key).FirstOrDefault(k => k == exact)
            ?? responses.Select(r => r.Key).FirstOrDefault(k => k.Equals(range, StringComparison.OrdinalIgnoreCase))
            ?? responses.Select(r => r.Key).FirstOrDefault(k => k == "default");
    }

    private static bool MediaTypeMatches(string declared, string? actual)
    {
        if (actual is null)
        {
            return false;
        }

        var declaredType = declared.Split(';')[0].Trim();
        if (declaredType == "*/*" || declaredType.Equals(actual, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return declaredType.EndsWith("/*", StringComparison.Ordinal)
            && actual.StartsWith(declaredType[..^1], StringComparison.OrdinalIgnoreCase);
    }

    private static List<ContractViolation> SchemaErrors(string operation, int status, EvaluationResults results)
    {
        var violations = new List<ContractViolation>();
        Collect(results);

        // A body that fails only through a keyword with no message of its own (none known) still fails.
        if (violations.Count == 0 && !results.IsValid)
        {
            violations.Add(new(operation, status, ViolationKind.Schema, "(root)", "invalid"));
        }

        return violations;

        void Collect(EvaluationResults node)
        {
            if (node.IsValid)
            {
                return;
            }

            foreach (var (keyword, message) in node.Errors ?? new Dictionary<string, string>())
            {
                var location = node.InstanceLocation.ToString() is { Length: > 0 } pointer ? pointer : "(root)";
                var schemaPlace = node.SchemaLocation.Fragment is { Length: > 0 } fragment ? Uri.UnescapeDataString(fragment) : node.EvaluationPath.ToString();
                violations.Add(new(operation, status, ViolationKind.Schema, $"{location} (schema {schemaPlace})", $"{keyword}: {message}"));
            }

            foreach (var detail in node.Details ?? [])
            {
                Collect(detail);
            }
        }
    }
}
