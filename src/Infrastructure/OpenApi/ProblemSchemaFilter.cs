using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace AnalisaAI.Api.Infrastructure.OpenApi;

/// <summary>
/// The problem-details schemas as every error is written (<see cref="Web.ProblemResponses.Complete"/>): type, title,
/// status, instance and traceId always, detail when there is one. The validation problem adds <c>errors</c>
/// (JSON path to messages), present when fields failed validation and absent when the body was not readable JSON,
/// which is a 400 too.
/// </summary>
public sealed class ProblemSchemaFilter : ISchemaFilter
{
    private static readonly string[] Always = ["type", "title", "status", "instance", "traceId"];

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema { Properties: { } properties } problem
            || !(context.Type == typeof(ProblemDetails) || context.Type == typeof(HttpValidationProblemDetails) || context.Type == typeof(ValidationProblemDetails)))
        {
            return;
        }

        properties["traceId"] = new OpenApiSchema
        {
            Type = JsonSchemaType.String,
            Description = "The request's trace id (W3C traceparent form), to quote when reporting the problem.",
        };
        foreach (var property in properties.Values.OfType<OpenApiSchema>())
        {
            SchemaRules.Require(property);
        }

        problem.Required = new HashSet<string>(Always, StringComparer.Ordinal);
        if (properties.TryGetValue("errors", out var errors) && errors is OpenApiSchema errorsSchema)
        {
            errorsSchema.Description = "The messages of each field that failed validation, by the field's JSON path (items[3].publishedAt).";
        }
    }
}
