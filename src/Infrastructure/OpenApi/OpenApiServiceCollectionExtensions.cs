using AnalisaAI.Api.Infrastructure.Web;
using Microsoft.OpenApi;

namespace AnalisaAI.Api.Infrastructure.OpenApi;

public static class OpenApiServiceCollectionExtensions
{
    /// <summary>
    /// The document at /swagger/v1/swagger.json, api.md in machine-readable form (its section "The OpenAPI
    /// document"): request rules from the validators, response nullability from the C# types, every error status.
    /// </summary>
    public static IServiceCollection AddOpenApiDocument(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "AnalisaAI API",
                Version = "v1",
                Description = "Social-media analytics for brands and agencies: influencers, their social data and their metrics.",
            });
            // Relative: the service's own base, wherever it is deployed (paths start with /api).
            options.AddServer(new OpenApiServer { Url = "/", Description = "This service" });
            options.AddSecurityDefinition(BearerSecurityFilter.SchemeId, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "Paste the accessToken from POST /api/auth/login.",
            });
            // string vs string? decides nullable; required is set by the filters below, per direction.
            options.SupportNonNullableReferenceTypes();
            options.SchemaFilter<ValidatorRulesFilter>();
            options.SchemaFilter<ResponseSchemaFilter>();
            options.SchemaFilter<ProblemSchemaFilter>();
            options.OperationFilter<BearerSecurityFilter>();
            options.OperationFilter<CamelCaseQueryParametersFilter>();
            options.OperationFilter<ValidatorRulesFilter>();
            options.OperationFilter<QueryParameterDefaultFilter>();
            options.OperationFilter<RequestBodyExampleFilter>();
            options.OperationFilter<CsvResponseFilter>();
            options.OperationFilter<ProblemResponsesFilter>();
            options.DocumentFilter<HealthChecksDocumentFilter>();
            options.CustomSchemaIds(type => type.FullName!.Replace("AnalisaAI.Api.Features.", "", StringComparison.Ordinal).Replace('+', '.'));
        });
        return services;
    }
}
