namespace AnalisaAI.Api.Infrastructure.Web;

/// <summary>
/// Endpoint metadata: the OpenAPI type and format of a query parameter that binds as a string. Such parameters
/// stay strings so that the validator names a bad value, yet clients should still see what the value means.
/// </summary>
public sealed record QueryParameterFormat(string Name, string Type, string Format);
