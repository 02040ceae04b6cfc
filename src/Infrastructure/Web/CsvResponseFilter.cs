using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace AnalisaAI.Api.Infrastructure.Web;

/// <summary>
/// Adds <c>text/csv</c> beside the JSON of the 200 answer of an endpoint that returns a <see cref="CsvDownload"/>.
/// Declared as a second produced type, CSV would replace the JSON in the document, which keeps one type per status.
/// </summary>
public sealed class CsvResponseFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(context);
        if (!context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<CsvResponseMetadata>().Any()
            || operation.Responses?.GetValueOrDefault("200") is not OpenApiResponse ok)
        {
            return;
        }

        ok.Content ??= new Dictionary<string, IOpenApiMediaType>();
        ok.Content[CsvDownload.MediaType] = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String } };
        ok.Description = "OK: JSON, or with Accept: text/csv a CSV file (RFC 4180, UTF-8, header row).";
    }
}
