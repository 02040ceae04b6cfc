using System.Text.Json;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace AnalisaAI.Api.Infrastructure.OpenApi;

/// <summary>Writes each <see cref="QueryParameterDefault"/> of an endpoint into its parameter, as JSON of its type (20, true, "-relevance").</summary>
public sealed class QueryParameterDefaultFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var defaults = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<QueryParameterDefault>().ToList();
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            var value = defaults.FirstOrDefault(d => string.Equals(d.Name, parameter.Name, StringComparison.OrdinalIgnoreCase));
            if (value is not null && parameter.Schema is OpenApiSchema schema)
            {
                schema.Default = JsonSerializer.SerializeToNode(value.Value, value.Value.GetType());
            }
        }
    }
}
