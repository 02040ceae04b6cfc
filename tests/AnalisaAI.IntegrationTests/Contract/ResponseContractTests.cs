using System.Net.Http.Headers;
using AnalisaAI.IntegrationTests.Infrastructure.OpenApi;

namespace AnalisaAI.IntegrationTests.Contract;

/// <summary>The response check on a small hand-made document, in both OpenAPI versions the app may serve.</summary>
public sealed class ResponseContractTests
{
    private const string Paths = """
        "paths": {
          "/things/{id}": {
            "get": { "responses": {
              "200": { "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Thing" } }, "text/csv": {} } },
              "204": { "description": "none" },
              "4XX": { "$ref": "#/components/responses/Problem" } } },
            "delete": { "responses": { "default": { "$ref": "#/components/responses/Problem" } } } } },
        """;

    private const string Version30 = """
        { "openapi": "3.0.4", "servers": [ { "url": "/v1" } ],
        """ + Paths + """
          "components": {
            "responses": { "Problem": { "content": { "application/problem+json": { "schema": { "type": "object", "required": ["status"] } } } } },
            "schemas": {
              "Thing": { "type": "object", "required": ["id", "count"], "additionalProperties": false, "properties": {
                "id": { "type": "string", "format": "uuid" },
                "count": { "type": "integer", "format": "int32" },
                "note": { "type": "string", "nullable": true },
                "at": { "type": "string", "format": "date-time" },
                "owner": { "allOf": [ { "$ref": "#/components/schemas/Owner" } ], "nullable": true } } },
              "Owner": { "type": "object", "required": ["name"], "properties": { "name": { "type": "string" } } } } } }
        """;

    private const string Version31 = """
        { "openapi": "3.1.1", "servers": [ { "url": "/v1" } ],
        """ + Paths + """
          "components": {
            "responses": { "Problem": { "content": { "application/problem+json": { "schema": { "type": "object", "required": ["status"] } } } } },
            "schemas": {
              "Thing": { "type": "object", "required": ["id", "count"], "additionalProperties": false, "properties": {
                "id": { "type": "string", "format": "uuid" },
                "count": { "type": "integer", "format": "int32" },
                "note": { "type": ["string", "null"] },
                "at": { "type": "string", "format": "date-time" },
                "owner": { "oneOf": [ { "$ref": "#/components/schemas/Owner" }, { "type": "null" } ] } } },
              "Owner": { "type": "object", "required": ["name"], "properties": { "name": { "type": "string" } } } } } }
        """;

    private const string Thing = """{"id":"3fa85f64-5717-4562-b3fc-2c963f66afa6","count":3""";

    public static TheoryData<string> Documents => new(Version30, Version31);

    [Theory]
    [MemberData(nameof(Documents))]
    public void A_body_that_fits_passes_nulls_where_nullable_included(string document)
    {
        Check(document, 200, "application/json; charset=utf-8", Thing + "}").Should().BeEmpty();
        Check(document, 200, "application/json", Thing + ""","note":null,"owner":null,"at":"2026-06-30T12:00:00+00:00"}""").Should().BeEmpty();
        Check(document, 200, "application/json", Thing + ""","note":"n","owner":{"name":"o"}}""").Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void A_body_off_its_schema_is_reported_where_it_fails(string document)
    {
        Errors(document, """{"id":"3fa85f64-5717-4562-b3fc-2c963f66afa6"}""").Should().Contain(e => e.StartsWith("(root)") && e.Contains("required"));
        Errors(document, Thing + ""","extra":1}""").Should().Contain(e => e.StartsWith("/extra"));
        Errors(document, Thing + ""","owner":{}}""").Should().Contain(e => e.StartsWith("/owner") && e.Contains("required"));
        Errors(document, """{"id":"nope","count":3}""").Should().Contain(e => e.StartsWith("/id") && e.Contains("format"));
        Errors(document, """{"id":"3fa85f64-5717-4562-b3fc-2c963f66afa6","count":3000000000}""").Should().Contain(e => e.StartsWith("/count") && e.Contains("format"));
        Errors(document, Thing + ""","at":"2026-06-30T12:00:00"}""").Should().Contain(e => e.StartsWith("/at") && e.Contains("format"));
        Errors(document, """{"id":null,"count":3}""").Should().Contain(e => e.StartsWith("/id") && e.Contains("type"));
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Statuses_are_declared_exactly_by_range_or_by_default(string document)
    {
        Check(document, 204, null, null, hasBody: false).Should().BeEmpty();
        Check(document, 404, "application/problem+json", """{"status":404}""").Should().BeEmpty();
        Kinds(Check(document, 500, "application/problem+json", """{"status":500}""")).Should().Equal(ViolationKind.UndeclaredStatus);
        Check(document, 503, "application/problem+json", """{"status":503}""", method: "DELETE").Should().BeEmpty();
        Kinds(Check(document, 404, "application/problem+json", "{}")).Should().Equal(ViolationKind.Schema);
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Content_must_be_of_a_declared_type_present_and_json_when_it_says_so(string document)
    {
        Check(document, 200, "text/csv", null).Should().BeEmpty("a CSV body is not read");
        Kinds(Check(document, 200, "text/html", null)).Should().Equal(ViolationKind.UndeclaredContentType);
        Kinds(Check(document, 204, "application/json", "{}")).Should().Equal(ViolationKind.UndeclaredContentType);
        Kinds(Check(document, 200, null, null, hasBody: false)).Should().Equal(ViolationKind.MissingBody);
        Kinds(Check(document, 200, "application/json", "{not json")).Should().Equal(ViolationKind.NotJson);
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Operations_resolve_under_the_servers_path_and_others_are_not_checked(string document)
    {
        var served = ServedDocument.Parse(document);

        served.Resolve("GET", new Uri("http://localhost/v1/things/7?x=1"))!.Name.Should().Be("GET /things/{id}");
        served.Resolve("delete", new Uri("http://localhost/v1/things/7"))!.Pointer.Should().Be("/paths/~1things~1{id}/delete");
        served.Resolve("GET", new Uri("http://localhost/things/7")).Should().BeNull("outside the server's path");
        served.Resolve("PUT", new Uri("http://localhost/v1/things/7")).Should().BeNull("no such operation");
        served.Resolve("GET", new Uri("http://localhost/v1/other")).Should().BeNull();
    }

    private static List<ContractViolation> Check(string document, int status, string? contentType, string? body, bool hasBody = true, string method = "GET")
    {
        var contract = new ResponseContract(ServedDocument.Parse(document));
        var operation = contract.Document.Resolve(method, new Uri("http://localhost/v1/things/7"))!;
        var json = ResponseContract.IsJson(contentType is null ? null : MediaTypeHeaderValue.Parse(contentType).MediaType) ? body : null;
        return [.. contract.Check(operation, status, contentType is null ? null : MediaTypeHeaderValue.Parse(contentType), hasBody, json)];
    }

    private static IEnumerable<string> Errors(string document, string body) =>
        Check(document, 200, "application/json", body).Select(v => $"{v.Location} {v.Detail}");

    private static IEnumerable<string> Kinds(IEnumerable<ContractViolation> violations) => violations.Select(v => v.Kind).Distinct();
}
