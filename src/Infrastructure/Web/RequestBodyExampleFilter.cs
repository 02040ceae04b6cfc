using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace AnalisaAI.Api.Infrastructure.Web;

/// <summary>Writes an endpoint's <see cref="RequestBodyExample"/> into its JSON request body.</summary>
public sealed class RequestBodyExampleFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var example = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<RequestBodyExample>().LastOrDefault();
        if (example is null || operation.RequestBody?.Content is not { } content)
        {
            return;
        }

        foreach (var mediaType in content.Where(c => c.Key.Contains("json", StringComparison.OrdinalIgnoreCase)).Select(c => c.Value))
        {
            if (mediaType is OpenApiMediaType writable)
            {
                writable.Example = JsonNode.Parse(example.Json);
            }
        }
    }
}
