namespace AnalisaAI.Api.Infrastructure.OpenApi;

/// <summary>
/// Endpoint metadata: the value a query parameter takes when it is left out, for the document. A default is what
/// the handler does, not a rule, so no validator holds it.
/// </summary>
public sealed record QueryParameterDefault(string Name, object Value);
