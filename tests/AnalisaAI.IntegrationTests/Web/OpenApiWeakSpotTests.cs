using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using AnalisaAI.Api.Infrastructure.OpenApi;
using AnalisaAI.IntegrationTests.Infrastructure;
using FluentValidation;
using FluentValidation.Validators;
using Microsoft.Extensions.DependencyInjection;

namespace AnalisaAI.IntegrationTests.Web;

/// <summary>
/// The served document as a whole against api.md ("The OpenAPI document"): no operation or schema may say less
/// than the contract. Each weak spot is listed by category, so a failure names what to fix.
/// </summary>
public sealed class OpenApiWeakSpotTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task The_document_has_no_weak_spots()
    {
        var document = (await (await factory.CreateClient().GetAsync("/swagger/v1/swagger.json")).ReadJsonAsync()).AsObject();

        var spots = new OpenApiWeakSpots(document, RequiredByValidator).Find();

        var report = string.Join(Environment.NewLine, spots.GroupBy(s => s.Category)
            .Select(g => $"{g.Key}: {g.Count()}{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", g.Select(s => s.Where))}"));
        spots.Should().BeEmpty($"the document should say everything api.md says; weak spots by category:{Environment.NewLine}{report}");
    }

    [Fact]
    public void The_scan_finds_the_weak_spots_of_a_document_that_says_too_little()
    {
        var document = JsonNode.Parse("""
            {
              "paths": {
                "/api/things": {
                  "get": {
                    "security": [{ "bearer": [] }],
                    "parameters": [{ "name": "PageSize", "in": "query", "schema": { "type": "string" } }],
                    "responses": { "200": { "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Thing" } } } },
                                   "404": { "content": { "application/problem+json": { "schema": { "type": "object", "properties": { "title": { "type": "string" } } } } } } }
                  }
                },
                "/api/auth/login": {
                  "post": {
                    "operationId": "Login", "tags": ["Auth"], "security": [{ "bearer": [] }],
                    "requestBody": { "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Login" } } } },
                    "responses": { "503": { "headers": { "Retry-After": { } } } }
                  }
                }
              },
              "components": { "schemas": {
                "Thing": { "type": "object", "properties": {
                  "platform": { "type": "string" }, "likes": { "type": ["integer", "string"] }, "createdAt": { "type": "string" } } },
                "Login": { "type": "object", "properties": { "email": { "type": "string" }, "followers": { "type": "integer" } } }
              } }
            }
            """)!.AsObject();

        var spots = new OpenApiWeakSpots(document, name => name == "Login" ? ["email"] : []).Find();

        spots.Select(s => s.Category).Distinct().Should().BeEquivalentTo(
            OpenApiWeakSpots.NoServers, OpenApiWeakSpots.MissingOperation, OpenApiWeakSpots.WithoutIdOrTag, OpenApiWeakSpots.TokenWithout401, OpenApiWeakSpots.AnonymousWithSecurity,
            OpenApiWeakSpots.DatabaseWithout503, OpenApiWeakSpots.QueryParameterName, OpenApiWeakSpots.ProblemWithoutTraceId,
            OpenApiWeakSpots.ClosedSetAsString, OpenApiWeakSpots.NumberAsString, OpenApiWeakSpots.DateWithoutFormat,
            OpenApiWeakSpots.RequiredNotListed, OpenApiWeakSpots.CountWithoutBounds, OpenApiWeakSpots.ResponseWithoutRequired);
    }

    /// <summary>
    /// The JSON names of the fields that the validators of a schema's type require unconditionally (NotNull or
    /// NotEmpty with no When): its own validators and those of the interfaces it implements, which it includes.
    /// A field the endpoint may fill from elsewhere (<see cref="OptionalInBodyAttribute"/>) is not required in the body.
    /// </summary>
    private IReadOnlyCollection<string> RequiredByValidator(string schemaName)
    {
        var type = typeof(Program).Assembly.GetType("AnalisaAI.Api.Features." + schemaName);
        if (type is null)
        {
            return [];
        }

        return [.. new[] { type }.Concat(type.GetInterfaces())
            .SelectMany(t => factory.Services.GetServices(typeof(IValidator<>).MakeGenericType(t)).OfType<IValidator>())
            .SelectMany(v => v.CreateDescriptor().Rules)
            .Where(rule => !string.IsNullOrEmpty(rule.PropertyName) && !IsForEach(rule) && !rule.HasCondition && !rule.HasAsyncCondition
                && type.GetProperty(rule.PropertyName)?.GetCustomAttribute<OptionalInBodyAttribute>() is null
                && rule.Components.Any(c => c.Validator is INotNullValidator or INotEmptyValidator && !c.HasCondition && !c.HasAsyncCondition))
            .Select(rule => JsonNamingPolicy.CamelCase.ConvertName(rule.PropertyName))
            .Distinct()];
    }

    /// <summary>A RuleForEach: its rules are the items', not the collection's.</summary>
    private static bool IsForEach(IValidationRule rule) =>
        rule.GetType().GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICollectionRule<,>));
}
