using System.Text.Json;
using AnalisaAI.Api.Infrastructure.OpenApi;
using AnalisaAI.Api.Infrastructure.Validation;
using AnalisaAI.Api.Infrastructure.Web;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace AnalisaAI.UnitTests.OpenApi;

/// <summary>The validator-reading filter: what a validator checks is what the request body's schema says, and nothing else.</summary>
public sealed class ValidatorRulesFilterTests
{
    [Fact]
    public void Required_are_the_fields_the_validator_requires_unconditionally_its_included_validator_counted()
    {
        var schema = SchemaOf<SampleCommand>(new SampleCommandValidator(), new SampleFieldsValidator());

        schema.Required.Should().BeEquivalentTo("name", "code", "items", "tags");
        schema.Properties!["name"].Type.Should().Be(JsonSchemaType.String, "a required field is not nullable");
        schema.Properties["nickname"].Type.Should().Be(JsonSchemaType.String | JsonSchemaType.Null, "NotEmpty under When does not require it");
    }

    [Fact]
    public void Lengths_ranges_patterns_formats_and_allowed_values_come_from_the_rules()
    {
        var properties = SchemaOf<SampleCommand>(new SampleCommandValidator(), new SampleFieldsValidator()).Properties!;

        properties["name"].Should().BeEquivalentTo(new { MinLength = 2, MaxLength = 40 }, o => o.ExcludingMissingMembers());
        properties["code"].Pattern.Should().Be("^[A-Z]{3}$");
        properties["email"].Format.Should().Be("email");
        (properties["count"].Minimum, properties["count"].Maximum).Should().Be(("0", "1000000000000"));
        (properties["score"].Minimum, properties["score"].Maximum).Should().Be(("1", "5"));
        properties["platform"].Enum!.Select(v => v!.GetValue<string>()).Should().Equal(ApiEnum.All<Api.Features.Influencers.Platform>());
        properties["day"].Format.Should().Be("date");
        (properties["items"].MinItems, properties["items"].MaxItems).Should().Be((1, 10));
        properties["tags"].Items!.Type.Should().Be(JsonSchemaType.String, "RuleForEach(...).NotNull() makes the items non-null");
        properties["tags"].Items!.MaxLength.Should().Be(20, "the rules of RuleForEach are the items'");
        properties["tags"].MaxLength.Should().BeNull();
    }

    [Fact]
    public void A_text_that_stands_for_a_number_is_described_as_that_number()
    {
        var properties = SchemaOf<SampleCommand>(new SampleCommandValidator(), new SampleFieldsValidator()).Properties!;

        properties["page"].Type.Should().Be(JsonSchemaType.Integer | JsonSchemaType.Null);
        (properties["page"].Format, properties["page"].Minimum, properties["page"].Maximum).Should().Be(("int32", "1", "100"));
    }

    [Fact]
    public void A_field_the_endpoint_may_fill_from_elsewhere_keeps_its_rules_but_is_not_required()
    {
        var token = SchemaOf<SampleCommand>(new SampleCommandValidator(), new SampleFieldsValidator()).Properties!["token"];

        SchemaOf<SampleCommand>(new SampleCommandValidator(), new SampleFieldsValidator()).Required.Should().NotContain("token");
        (token.MaxLength, token.Description).Should().Be((256, "from the cookie"));
    }

    [Fact]
    public void A_type_without_a_validator_is_left_as_the_generator_made_it()
    {
        var schema = SchemaOf<SampleCommand>();

        schema.Required.Should().BeNullOrEmpty();
        schema.Properties!["name"].MaxLength.Should().BeNull();
    }

    private static OpenApiSchema SchemaOf<T>(params IValidator[] validators)
    {
        var services = new ServiceCollection();
        foreach (var validator in validators)
        {
            services.AddSingleton(validator.GetType().GetInterfaces().Single(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IValidator<>)), validator);
        }

        var provider = services.BuildServiceProvider();
        var json = new JsonOptions();
        json.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        var options = Microsoft.Extensions.Options.Options.Create(json);
        var generatorOptions = new SchemaGeneratorOptions { SupportNonNullableReferenceTypes = true };
        generatorOptions.SchemaFilters.Add(new ValidatorRulesFilter(provider, options));
        var generator = new SchemaGenerator(generatorOptions, new JsonSerializerDataContractResolver(json.SerializerOptions));
        var repository = new SchemaRepository();

        generator.GenerateSchema(typeof(T), repository);
        return (OpenApiSchema)repository.Schemas[typeof(T).Name];
    }

    public interface ISampleFields
    {
        string? Code { get; }
    }

    public sealed record SampleCommand(
        string? Name,
        string? Nickname,
        string? Code,
        string? Email,
        long? Count,
        int? Score,
        string? Platform,
        string? Day,
        string? Page,
        IReadOnlyList<int>? Items,
        IReadOnlyList<string?>? Tags,
        [property: OptionalInBody("from the cookie")] string? Token) : ISampleFields;

    public sealed class SampleFieldsValidator : AbstractValidator<ISampleFields>
    {
        public SampleFieldsValidator() => RuleFor(f => f.Code).NotNull().Matches("^[A-Z]{3}$");
    }

    public sealed class SampleCommandValidator : AbstractValidator<SampleCommand>
    {
        public SampleCommandValidator()
        {
            Include(new SampleFieldsValidator());
            RuleFor(c => c.Name).NotEmpty().Length(2, 40);
            RuleFor(c => c.Nickname).NotEmpty().When(c => c.Name is null);
            RuleFor(c => c.Email).EmailAddress();
            RuleFor(c => c.Count).InclusiveBetween(0, 1_000_000_000_000);
            RuleFor(c => c.Score).GreaterThanOrEqualTo(1).LessThanOrEqualTo(5);
            RuleFor(c => c.Platform).ApiEnumName<SampleCommand, Api.Features.Influencers.Platform>();
            RuleFor(c => c.Day).Day();
            RuleFor(c => c.Page).WholeNumber(1, 100);
            RuleFor(c => c.Items).NotNull().ItemCount(1, 10);
            RuleFor(c => c.Tags).NotNull();
            RuleForEach(c => c.Tags).NotNull().MaximumLength(20);
            RuleFor(c => c.Token).NotEmpty().MaximumLength(256);
        }
    }
}
