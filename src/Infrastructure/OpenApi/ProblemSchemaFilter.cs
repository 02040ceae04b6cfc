using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace AnalisaAI.Api.Infrastructure.OpenApi;

/// <summary>
/// The problem-details schemas as every error is written (<see cref="Web.ProblemResponses.Complete"/>): type, title,
/// status, instance and traceId always, detail when there is one. The validation problem is the problem plus
/// <c>errors</c> (JSON path to messages), present when fields failed validation and absent when the body was not
/// readable JSON, which is a 400 too; it is written as an extension of the problem (allOf), so a generated client
/// has one base type to catch for every error.
/// </summary>
public sealed class ProblemSchemaFilter : ISchemaFilter
{
    private static readonly string[] Always = ["type", "title", "status", "instance", "traceId"];

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        var validation = context.Type == typeof(HttpValidationProblemDetails) || context.Type == typeof(ValidationProblemDetails);
        if (schema is not OpenApiSchema { Properties: { } properties } problem || !(validation || context.Type == typeof(ProblemDetails)))
        {
            return;
        }

        if (validation)
        {
            var errors = properties["errors"];
            if (errors is OpenApiSchema errorsSchema)
            {
                errorsSchema.Description = "The messages of each field that failed validation, by the field's JSON path (items[3].publishedAt).";
            }

            problem.AllOf =
            [
                context.SchemaGenerator.GenerateSchema(typeof(ProblemDetails), context.SchemaRepository),
                new OpenApiSchema { Type = JsonSchemaType.Object, Properties = new Dictionary<string, IOpenApiSchema> { ["errors"] = errors } },
            ];
            problem.Type = null;
            problem.Properties = null;
            problem.Required = null;
            problem.AdditionalProperties = null;
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
    }
}
