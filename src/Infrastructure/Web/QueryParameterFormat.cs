namespace AnalisaAI.Api.Infrastructure.Web;

/// <summary>
/// Endpoint metadata: how the OpenAPI document describes a query parameter that binds as a string. Such parameters
/// stay strings so that the validator names a bad value, yet clients should still see what the value means: its
/// type and format, its range (<paramref name="Minimum"/>, <paramref name="Maximum"/>, as JSON numbers), its
/// allowed values (<paramref name="Values"/>, an enum; a boolean's are true and false) and its default.
/// </summary>
public sealed record QueryParameterFormat(
    string Name,
    string Type,
    string? Format,
    string? Minimum = null,
    string? Maximum = null,
    IReadOnlyList<string>? Values = null,
    string? Default = null);
