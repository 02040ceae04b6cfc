using System.Reflection;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace AnalisaAI.Api.Infrastructure.OpenApi;

/// <summary>
/// The one way validation rules reach the document: request bodies and query parameters are described from the
/// FluentValidation validators that check them (the registered singletons), never from attributes that repeat
/// them. A body's schema lists as required what its validator requires, and carries the validators' lengths,
/// ranges, patterns, formats and allowed values; a query parameter gets the same from the validator of the message
/// it binds to (<see cref="ValidatedQueryParameters"/> or [AsParameters]). See docs/adr/0016.
/// </summary>
public sealed class ValidatorRulesFilter(IServiceProvider services, IOptions<JsonOptions> json) : ISchemaFilter, IOperationFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema { Properties.Count: > 0 } objectSchema)
        {
            return;
        }

        foreach (var (propertyName, rules) in RulesOf(context.Type))
        {
            var name = JsonName(propertyName);
            if (!objectSchema.Properties.TryGetValue(name, out var property))
            {
                continue;
            }

            var leftOut = context.Type.GetProperty(propertyName)?.GetCustomAttribute<OptionalInBodyAttribute>();
            if (rules.Required && leftOut is null)
            {
                objectSchema.Required ??= new HashSet<string>(StringComparer.Ordinal);
                objectSchema.Required.Add(name);
            }

            if (property is OpenApiSchema value)
            {
                Describe(value, rules);
                value.Description = leftOut?.Reason ?? value.Description;
            }
        }
    }

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var messages = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<ValidatedQueryParameters>().Select(m => m.Message)
            .Concat(context.MethodInfo?.GetParameters().Where(p => p.GetCustomAttribute<AsParametersAttribute>() is not null).Select(p => p.ParameterType) ?? [])
            .ToList();
        if (messages.Count == 0 || operation.Parameters is null)
        {
            return;
        }

        var rules = messages.SelectMany(m => RulesOf(m)).ToList();
        foreach (var parameter in operation.Parameters.OfType<OpenApiParameter>().Where(p => p.In == ParameterLocation.Query))
        {
            foreach (var (_, parameterRules) in rules.Where(r => string.Equals(r.Key, parameter.Name, StringComparison.OrdinalIgnoreCase)))
            {
                parameter.Required |= parameterRules.Required;
                if (parameter.Schema is OpenApiSchema value)
                {
                    Describe(value, parameterRules);
                }
            }
        }
    }

    private IReadOnlyDictionary<string, PropertyRules> RulesOf(Type type) => ValidatorRules.Read(ValidatorRules.For(services, type));

    private static void Describe(OpenApiSchema value, PropertyRules rules)
    {
        if (rules.Required)
        {
            SchemaRules.Require(value);
        }

        foreach (var validator in rules.Validators)
        {
            SchemaRules.Apply(value, validator);
        }

        if (value.Items is OpenApiSchema items)
        {
            if (rules.ItemsRequired)
            {
                SchemaRules.Require(items);
            }

            foreach (var validator in rules.ItemValidators)
            {
                SchemaRules.Apply(items, validator);
            }
        }
    }

    private string JsonName(string propertyName) => json.Value.SerializerOptions.PropertyNamingPolicy?.ConvertName(propertyName) ?? propertyName;
}
