using System.Text.Json;
using AnalisaAI.Api.Features.Auth;
using AnalisaAI.Api.Features.Influencers;
using AnalisaAI.Api.Infrastructure.OpenApi;
using AnalisaAI.Api.Infrastructure.Web;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace AnalisaAI.UnitTests.OpenApi;

/// <summary>A closed set is one component schema, whichever place refers to it first, and it says what the set holds.</summary>
public sealed class ClosedSetSchemasTests
{
    private readonly SchemaGenerator generator = new(new SchemaGeneratorOptions { SchemaIdSelector = SchemaIds.For }, new JsonSerializerDataContractResolver(AppJson()));
    private readonly SchemaRepository repository = new();

    [Fact]
    public void Every_reference_to_a_set_names_its_one_schema()
    {
        var first = ClosedSetSchemas.Reference(Roles.All, generator, repository);
        var second = ClosedSetSchemas.Reference(Roles.All, generator, repository);

        (first.Reference.Id, second.Reference.Id).Should().Be(("Auth.Role", "Auth.Role"));
        repository.Schemas.Keys.Should().Equal("Auth.Role");
        repository.Schemas["Auth.Role"].Type.Should().Be(JsonSchemaType.String);
        repository.Schemas["Auth.Role"].Enum!.Select(v => v!.GetValue<string>()).Should().Equal("analyst", "admin");
    }

    [Fact]
    public void An_enums_set_is_the_enums_own_schema()
    {
        var reference = ClosedSetSchemas.Reference(ApiEnum.All<Platform>(), generator, repository);

        reference.Reference.Id.Should().Be("Influencers.Platform");
        repository.Schemas.Keys.Should().Equal("Influencers.Platform");
    }

    [Fact]
    public void Two_sets_under_one_name_are_refused()
    {
        ClosedSetSchemas.Reference(Roles.All, generator, repository);
        var impostor = new ClosedSet(typeof(Roles), "Role", ["analyst", "admin", "owner"]);

        var refer = () => ClosedSetSchemas.Reference(impostor, generator, repository);

        refer.Should().Throw<InvalidOperationException>().WithMessage("*Auth.Role*owner*");
    }

    [Fact]
    public void An_enum_spelled_otherwise_in_JSON_than_by_ApiEnum_is_refused()
    {
        var integers = new SchemaGenerator(new SchemaGeneratorOptions { SchemaIdSelector = SchemaIds.For }, new JsonSerializerDataContractResolver(new JsonSerializerOptions()));

        var refer = () => ClosedSetSchemas.Reference(ApiEnum.All<Platform>(), integers, repository);

        refer.Should().Throw<InvalidOperationException>().WithMessage("*Influencers.Platform lists [0, 1, 2, 3]*instagram*");
    }

    [Fact]
    public void A_nullable_or_described_value_keeps_what_it_says_beside_an_allOf_of_the_reference()
    {
        var reference = ClosedSetSchemas.Reference(Roles.All, generator, repository);

        ClosedSetSchemas.InPlaceOf(new OpenApiSchema { Type = JsonSchemaType.String }, reference).Should().BeSameAs(reference);
        var nullable = ClosedSetSchemas.InPlaceOf(new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null, ReadOnly = true }, reference);
        nullable.Should().BeEquivalentTo(new { Type = JsonSchemaType.Null, ReadOnly = true }, o => o.ExcludingMissingMembers());
        nullable.AllOf.Should().ContainSingle().Which.Should().BeSameAs(reference);
        ClosedSetSchemas.InPlaceOf(new OpenApiSchema { Description = "why" }, reference).Description.Should().Be("why");
    }

    private static JsonSerializerOptions AppJson()
    {
        var options = new JsonSerializerOptions();
        WebServiceCollectionExtensions.ConfigureJson(options);
        return options;
    }
}
