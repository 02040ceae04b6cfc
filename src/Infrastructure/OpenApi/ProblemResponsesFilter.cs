using AnalisaAI.Api.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace AnalisaAI.Api.Infrastructure.OpenApi;

/// <summary>
/// Declares the errors that the pipeline, rather than the handler, can answer, from what the endpoint is: 401 where
/// a token is needed, 403 where the admin role is, 404 where an id is looked up, 400, 413 and 415 where a body or a
/// query is read, 429 where a rate limit applies and 503 on every API operation (the database can be away). Every
/// error, these and those an endpoint declares itself (409, ...), is problem details; 429 and 503 carry Retry-After.
/// </summary>
public sealed class ProblemResponsesFilter : IOperationFilter
{
    private const string ProblemMediaType = "application/problem+json";

    private static readonly Dictionary<string, string> Descriptions = new()
    {
        ["400"] = "Bad Request: a field or query parameter fails validation (errors names each), or the body is not the JSON this operation reads.",
        ["401"] = "Unauthorized: no token, or an invalid or expired one.",
        ["403"] = "Forbidden: the token's role may not use this operation.",
        ["404"] = "Not Found: no such id (or not one the caller may see).",
        ["409"] = "Conflict: a duplicate, or a write that conflicted with a concurrent one.",
        ["413"] = "Payload Too Large: the body is over 2 MiB.",
        ["415"] = "Unsupported Media Type: the body is not JSON in UTF-8.",
        ["429"] = "Too Many Requests from this client address; Retry-After says how many seconds to wait.",
        ["503"] = "Service Unavailable: the database is away for a moment (or the instance is at capacity); Retry-After says how many seconds to wait.",
    };

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        var parameters = context.ApiDescription.ParameterDescriptions;
        var secured = metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any();
        var hasBody = operation.RequestBody is not null || parameters.Any(p => p.Source == BindingSource.Body);
        operation.Responses ??= [];

        Declare(operation, "400", hasBody || parameters.Any(p => p.Source == BindingSource.Query));
        Declare(operation, "401", secured);
        Declare(operation, "403", secured && metadata.OfType<IAuthorizeData>().Any(a => a.Policy == AuthPolicies.Admin));
        Declare(operation, "404", parameters.Any(p => p.Source == BindingSource.Path));
        Declare(operation, "413", hasBody);
        Declare(operation, "415", hasBody);
        Declare(operation, "429", metadata.OfType<EnableRateLimitingAttribute>().Any());
        Declare(operation, "503", context.ApiDescription.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true);

        foreach (var (status, response) in operation.Responses.Where(r => int.TryParse(r.Key, out var code) && code >= 400).ToList())
        {
            if (response is not OpenApiResponse problem)
            {
                continue;
            }

            var type = status == "400" ? typeof(HttpValidationProblemDetails) : typeof(ProblemDetails);
            problem.Content = new Dictionary<string, IOpenApiMediaType>
            {
                [ProblemMediaType] = new OpenApiMediaType { Schema = context.SchemaGenerator.GenerateSchema(type, context.SchemaRepository) },
            };
            if (Descriptions.TryGetValue(status, out var description) && IsPlain(problem.Description, status))
            {
                problem.Description = description;
            }

            if (status is "429" or "503")
            {
                problem.Headers ??= new Dictionary<string, IOpenApiHeader>();
                problem.Headers["Retry-After"] = new OpenApiHeader
                {
                    Description = "Seconds to wait before sending the request again.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "1" },
                };
            }
        }
    }

    /// <summary>No description, or only the status's reason phrase (what Produces* gives): the fuller one replaces it.</summary>
    private static bool IsPlain(string? description, string status) =>
        string.IsNullOrEmpty(description) || description == ReasonPhrases.GetReasonPhrase(int.Parse(status, System.Globalization.CultureInfo.InvariantCulture));

    private static void Declare(OpenApiOperation operation, string status, bool applies)
    {
        if (applies && !operation.Responses!.ContainsKey(status))
        {
            operation.Responses[status] = new OpenApiResponse { Description = Descriptions[status] };
        }
    }
}
