using System.Text.Json.Nodes;
using AnalisaAI.IntegrationTests.Infrastructure.OpenApi;

namespace AnalisaAI.IntegrationTests.Contract;

public sealed class OpenApi30SchemasTests
{
    [Theory]
    [InlineData("""{"type":"string","nullable":true}""", """{"type":["string","null"]}""")]
    [InlineData("""{"type":"string","nullable":false}""", """{"type":"string"}""")]
    [InlineData("""{"type":"string","enum":["a","b"],"nullable":true}""", """{"type":["string","null"],"enum":["a","b",null]}""")]
    [InlineData("""{"allOf":[{"$ref":"#/components/schemas/X"}],"nullable":true}""",
        """{"anyOf":[{"allOf":[{"$ref":"#/components/schemas/X"}]},{"type":"null"}]}""")]
    [InlineData("""{"$ref":"#/components/schemas/X","description":"ignored in 3.0"}""", """{"$ref":"#/components/schemas/X"}""")]
    [InlineData("""{"type":"number","minimum":0,"exclusiveMinimum":true}""", """{"type":"number","exclusiveMinimum":0}""")]
    [InlineData("""{"type":"number","maximum":9,"exclusiveMaximum":false}""", """{"type":"number","maximum":9}""")]
    public void A_schema_becomes_its_2020_12_equivalent(string openApi30, string expected) =>
        JsonNode.DeepEquals(OpenApi30Schemas.Translate(JsonNode.Parse(openApi30)), JsonNode.Parse(expected)).Should().BeTrue(
            OpenApi30Schemas.Translate(JsonNode.Parse(openApi30))!.ToJsonString());

    [Fact]
    public void Subschemas_are_translated_and_property_names_are_left_alone()
    {
        var schema = JsonNode.Parse("""
            {"type":"object","properties":{
              "nullable":{"type":"boolean"},
              "list":{"type":"array","nullable":true,"items":{"type":"integer","nullable":true}},
              "map":{"type":"object","additionalProperties":{"type":"string","nullable":true}},
              "one":{"oneOf":[{"type":"string","nullable":true},{"type":"integer"}]}}}
            """);

        var translated = OpenApi30Schemas.Translate(schema)!;

        translated["properties"]!["nullable"]!.ToJsonString().Should().Be("""{"type":"boolean"}""");
        translated["properties"]!["list"]!["type"]!.ToJsonString().Should().Be("""["array","null"]""");
        translated["properties"]!["list"]!["items"]!["type"]!.ToJsonString().Should().Be("""["integer","null"]""");
        translated["properties"]!["map"]!["additionalProperties"]!["type"]!.ToJsonString().Should().Be("""["string","null"]""");
        translated["properties"]!["one"]!["oneOf"]![0]!["type"]!.ToJsonString().Should().Be("""["string","null"]""");
    }

    [Fact]
    public void A_document_has_its_schemas_translated_and_its_examples_left_as_data()
    {
        var document = JsonNode.Parse("""
            {"paths":{"/x":{"get":{"responses":{"200":{"content":{"application/json":{
              "schema":{"type":"string","nullable":true},
              "example":{"schema":{"nullable":true}}}}}}}}},
             "components":{"schemas":{"A":{"type":"integer","nullable":true}}}}
            """)!;

        OpenApi30Schemas.TranslateDocument(document);

        var media = document["paths"]!["/x"]!["get"]!["responses"]!["200"]!["content"]!["application/json"]!;
        media["schema"]!.ToJsonString().Should().Be("""{"type":["string","null"]}""");
        media["example"]!.ToJsonString().Should().Be("""{"schema":{"nullable":true}}""");
        document["components"]!["schemas"]!["A"]!.ToJsonString().Should().Be("""{"type":["integer","null"]}""");
    }
}
