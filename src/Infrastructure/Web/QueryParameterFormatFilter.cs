using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace AnalisaAI.Api.Infrastructure.Web;

/// <summary>Writes each <see cref="QueryParameterFormat"/> of an endpoint into its operation's parameters.</summary>
public sealed class QueryParameterFormatFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var formats = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<QueryParameterFormat>().ToList();
        if (formats.Count == 0 || operation.Parameters is null)
        {
            return;
        }

        foreach (var parameter in operation.Parameters)
        {
            var format = formats.FirstOrDefault(f => string.Equals(f.Name, parameter.Name, StringComparison.OrdinalIgnoreCase));
            if (format is not null && parameter is OpenApiParameter { Schema: OpenApiSchema schema })
            {
                schema.Type = format.Type == "integer" ? JsonSchemaType.Integer : JsonSchemaType.String;
                schema.Format = format.Format;
            }
        }
    }
}
