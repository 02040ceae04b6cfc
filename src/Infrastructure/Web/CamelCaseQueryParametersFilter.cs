using System.Text.Json;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace AnalisaAI.Api.Infrastructure.Web;

/// <summary>
/// Names query parameters as the API does, in camelCase: one bound from a record's property ([AsParameters])
/// would otherwise be described under the property's name (<c>MinRelevance</c>). Binding ignores case, so the
/// camelCase name is the one clients send.
/// </summary>
public sealed class CamelCaseQueryParametersFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            if (parameter is { In: ParameterLocation.Query, Name: { } name })
            {
                parameter.Name = JsonNamingPolicy.CamelCase.ConvertName(name);
            }
        }
    }
}
