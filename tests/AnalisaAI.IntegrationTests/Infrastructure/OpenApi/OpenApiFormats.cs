using System.Text.Json;
using Json.Schema;

namespace AnalisaAI.IntegrationTests.Infrastructure.OpenApi;

/// <summary>
/// OpenAPI's own formats, checked beside JSON Schema's (date-time, uuid, email...): an <c>int32</c> or <c>int64</c>
/// integer must fit. <c>float</c> and <c>double</c> take any JSON number; other unknown formats are annotations.
/// </summary>
public static class OpenApiFormats
{
    public static FormatRegistry Registry { get; } = Create();

    private static FormatRegistry Create()
    {
        var registry = new FormatRegistry();
        registry.Register(new PredicateFormat("int32", value => value.ValueKind != JsonValueKind.Number || value.TryGetInt32(out _)));
        registry.Register(new PredicateFormat("int64", value => value.ValueKind != JsonValueKind.Number || value.TryGetInt64(out _)));
        return registry;
    }
}
