using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace AnalisaAI.Api.Infrastructure.OpenApi;

/// <summary>
/// The health checks in the document. They are mapped by MapHealthChecks, which the API explorer does not see, yet
/// they are part of api.md: anonymous, plain text (<c>Healthy</c>, <c>Unhealthy</c>) for load balancers and
/// orchestrators, so no problem details and no security requirement.
/// </summary>
public sealed class HealthChecksDocumentFilter : IDocumentFilter
{
    public const string Tag = "Health";

    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        swaggerDoc.Paths ??= [];
        swaggerDoc.Tags ??= new HashSet<OpenApiTag>();
        swaggerDoc.Tags.Add(new OpenApiTag { Name = Tag, Description = "Liveness and readiness, for load balancers and orchestrators." });
        swaggerDoc.Paths["/health/live"] = PathItem(swaggerDoc, "GetLiveness", "Answers 200 while the process serves requests.", ready: false);
        swaggerDoc.Paths["/health/ready"] = PathItem(
            swaggerDoc, "GetReadiness", "Answers 200 when the database and the scheduler are usable, else 503.", ready: true);
    }

    private static OpenApiPathItem PathItem(OpenApiDocument document, string operationId, string summary, bool ready)
    {
        var responses = new OpenApiResponses { ["200"] = Text("Healthy") };
        if (ready)
        {
            responses["503"] = Text("Unhealthy: the database or the scheduler is not usable.");
        }

        return new OpenApiPathItem
        {
            Operations = new Dictionary<HttpMethod, OpenApiOperation>
            {
                [HttpMethod.Get] = new()
                {
                    OperationId = operationId,
                    Summary = summary,
                    Tags = new HashSet<OpenApiTagReference> { new(Tag, document) },
                    Responses = responses,
                },
            },
        };
    }

    private static OpenApiResponse Text(string description) => new()
    {
        Description = description,
        Content = new Dictionary<string, IOpenApiMediaType>
        {
            ["text/plain"] = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String } },
        },
    };
}
