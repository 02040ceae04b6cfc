namespace AnalisaAI.Api.Infrastructure.Web;

/// <summary>Endpoint metadata: an example request body for the OpenAPI document, as the JSON the API reads.</summary>
public sealed record RequestBodyExample(string Json);
