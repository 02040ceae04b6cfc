namespace AnalisaAI.Api.Infrastructure.OpenApi;

/// <summary>
/// Endpoint metadata: the endpoint's query parameters are the properties of <paramref name="Message"/> (matched by
/// name), so the document describes them with that message's validator. Parameters bound with [AsParameters] need
/// no such note.
/// </summary>
public sealed record ValidatedQueryParameters(Type Message);
