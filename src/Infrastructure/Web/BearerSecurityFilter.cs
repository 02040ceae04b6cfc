using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace AnalisaAI.Api.Infrastructure.Web;

/// <summary>
/// The bearer requirement on exactly the operations that need a token (an authorization policy, and no
/// AllowAnonymous): login, register, refresh and the other anonymous operations declare none, so Swagger UI shows
/// no padlock on them and a generated client sends no token there.
/// </summary>
public sealed class BearerSecurityFilter : IOperationFilter
{
    public const string SchemeId = "bearer";

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<IAllowAnonymous>().Any() || !metadata.OfType<IAuthorizeData>().Any())
        {
            return;
        }

        operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeId, context.Document)] = [] }];
    }
}
