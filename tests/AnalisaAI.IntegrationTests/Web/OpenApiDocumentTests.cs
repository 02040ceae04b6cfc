using System.Text.Json.Nodes;
using AnalisaAI.Api.Features.Demo;
using AnalisaAI.Api.Features.Influencers.ListInfluencers;
using AnalisaAI.IntegrationTests.Infrastructure;

namespace AnalisaAI.IntegrationTests.Web;

/// <summary>What /swagger/v1/swagger.json tells a client generator: the list's parameters, security and examples.</summary>
public sealed class OpenApiDocumentTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static readonly string[] AnonymousOperations =
        ["/api/auth/login", "/api/auth/register", "/api/auth/refresh", "/api/auth/logout", "/health/live", "/health/ready"];

    [Fact]
    public async Task The_list_declares_its_parameters_by_their_names_with_allowed_values_and_ranges()
    {
        var parameters = await ListParametersAsync();

        parameters.Keys.Should().BeEquivalentTo(
            "platform", "category", "minRelevance", "search", "tier", "minFollowers", "maxFollowers", "minEngagementRate", "maxEngagementRate",
            "minErPercentile", "flag", "noFlags", "sort", "lowConfidenceLast", "page", "pageSize");
        Enum(parameters["sort"]).Should().Equal(ListInfluencersSorts.All)
            .And.Contain(["engagementRate", "-engagementRate", "followers", "-followers", "growth30", "-growth30", "-relevance", "erPercentile"]);
        parameters["sort"]["default"]!.GetValue<string>().Should().Be("-relevance");
        Enum(parameters["platform"]).Should().Equal("instagram", "tiktok", "facebook", "youtube");
        Enum(parameters["tier"]).Should().Equal("nano", "micro", "mid", "macro", "mega");
        Enum(parameters["flag"]).Should().Equal(
            "followerSpike", "followerDrop", "massFollowing", "lowEngagementForTier", "highCommentToLikeRatio", "likesExceedViews");
        foreach (var flag in new[] { "noFlags", "lowConfidenceLast" })
        {
            parameters[flag]["type"]!.GetValue<string>().Should().Be("boolean");
            parameters[flag]["enum"]!.AsArray().Select(v => v!.GetValue<bool>()).Should().Equal(true, false);
        }

        parameters["lowConfidenceLast"]["default"]!.GetValue<bool>().Should().BeTrue();
        Range(parameters["minFollowers"]).Should().Be(("integer", "int64", 0m, 1_000_000_000_000m));
        Range(parameters["maxFollowers"]).Should().Be(("integer", "int64", 0m, 1_000_000_000_000m));
        Range(parameters["minEngagementRate"]).Should().Be(("number", "double", 0m, null));
        Range(parameters["maxEngagementRate"]).Should().Be(("number", "double", 0m, null));
        Range(parameters["minRelevance"]).Should().Be(("number", "double", 0m, 100m));
        Range(parameters["minErPercentile"]).Should().Be(("number", "double", 0m, 100m));
        Range(parameters["page"]).Should().Be(("integer", "int32", 1m, 10_000_000m));
        Range(parameters["pageSize"]).Should().Be(("integer", "int32", 1m, 100m));
        parameters["pageSize"]["default"]!.GetValue<int>().Should().Be(20);
    }

    [Fact]
    public async Task Anonymous_operations_declare_no_security_and_the_others_the_bearer_scheme()
    {
        var document = await DocumentAsync();

        document.AsObject().Should().NotContainKey("security", "security is declared per operation");
        var operations = document["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject().Select(operation => (Path: path.Key, Operation: operation.Value!.AsObject())))
            .ToList();
        operations.Should().Contain(o => o.Path == "/api/influencers/categories");
        foreach (var (path, operation) in operations)
        {
            if (AnonymousOperations.Contains(path))
            {
                operation.Should().NotContainKey("security", $"{path} needs no token");
            }
            else
            {
                operation["security"]!.AsArray().Select(r => r!.AsObject().Single().Key).Should().Equal(["bearer"], $"{path} needs a token");
            }
        }
    }

    [Fact]
    public async Task Login_and_register_show_example_bodies_with_a_placeholder_password()
    {
        var document = await DocumentAsync();

        var login = Example(document, "/api/auth/login");
        login["email"]!.GetValue<string>().Should().Be(DemoDataSeeder.AnalystEmail);
        login["password"]!.GetValue<string>().Should().Be("your-password").And.NotBe(DemoDataSeeder.Password);
        var register = Example(document, "/api/auth/register");
        register.Select(p => p.Key).Should().BeEquivalentTo("email", "password", "displayName");
        register["password"]!.GetValue<string>().Should().Be("your-password").And.HaveLength(13, "a real password has 12 characters or more");
    }

    [Fact]
    public async Task The_category_list_is_an_operation_of_its_own()
    {
        var operation = (await DocumentAsync())["paths"]!["/api/influencers/categories"]!["get"]!;

        operation["operationId"]!.GetValue<string>().Should().Be("ListCategories");
        operation["responses"]!.AsObject().Select(r => r.Key).Should().Contain(["200", "401"]);
    }

    [Theory]
    [InlineData("/api/auth/sessions", "get", "ListSessions", "Auth", "401")]
    [InlineData("/api/auth/sessions", "delete", "EndSessions", "Auth", "401")]
    [InlineData("/api/auth/sessions/{id}", "delete", "EndSession", "Auth", "401,404")]
    [InlineData("/api/auth/change-password", "post", "ChangePassword", "Auth", "400,401")]
    [InlineData("/api/users", "get", "ListUsers", "Users", "400,401,403")]
    [InlineData("/api/users/{id}/disable", "post", "DisableUser", "Users", "400,401,403,404")]
    [InlineData("/api/users/{id}/enable", "post", "EnableUser", "Users", "401,403,404")]
    [InlineData("/api/users/{id}/sessions", "delete", "EndUserSessions", "Users", "401,403,404")]
    [InlineData("/api/auth/register", "post", "Register", "Auth", "400,403,409,429")]
    [InlineData("/api/invitations", "post", "CreateInvitation", "Invitations", "400,401,403,409")]
    [InlineData("/api/invitations", "get", "ListInvitations", "Invitations", "401,403")]
    [InlineData("/api/invitations/{id}", "delete", "RevokeInvitation", "Invitations", "401,403,404,409")]
    public async Task Account_and_session_operations_declare_their_id_tag_and_refusals(string path, string method, string operationId, string tag, string statuses)
    {
        var operation = (await DocumentAsync())["paths"]![path]![method]!;

        operation["operationId"]!.GetValue<string>().Should().Be(operationId);
        operation["tags"]!.AsArray().Select(t => t!.GetValue<string>()).Should().Equal(tag);
        operation["responses"]!.AsObject().Select(r => r.Key).Should().Contain(statuses.Split(','));
    }

    [Fact]
    public async Task The_user_list_declares_its_paging_as_integers_with_ranges()
    {
        var parameters = (await DocumentAsync())["paths"]!["/api/users"]!["get"]!["parameters"]!.AsArray()
            .ToDictionary(p => p!["name"]!.GetValue<string>(), p => p!["schema"]!);

        parameters.Keys.Should().BeEquivalentTo("page", "pageSize", "search");
        Range(parameters["page"]).Should().Be(("integer", "int32", 1m, 10_000_000m));
        Range(parameters["pageSize"]).Should().Be(("integer", "int32", 1m, 100m));
    }

    private async Task<JsonNode> DocumentAsync() => await (await factory.CreateClient().GetAsync("/swagger/v1/swagger.json")).ReadJsonAsync();

    private async Task<Dictionary<string, JsonNode>> ListParametersAsync() =>
        (await DocumentAsync())["paths"]!["/api/influencers"]!["get"]!["parameters"]!.AsArray()
            .ToDictionary(p => p!["name"]!.GetValue<string>(), p => p!["schema"]!);

    private static IEnumerable<string> Enum(JsonNode schema) => schema["enum"]!.AsArray().Select(v => v!.GetValue<string>());

    private static (string Type, string Format, decimal? Minimum, decimal? Maximum) Range(JsonNode schema) =>
        (schema["type"]!.GetValue<string>(), schema["format"]!.GetValue<string>(), schema["minimum"]?.GetValue<decimal>(), schema["maximum"]?.GetValue<decimal>());

    private static JsonObject Example(JsonNode document, string path) =>
        document["paths"]![path]!["post"]!["requestBody"]!["content"]!["application/json"]!["example"]!.AsObject();
}
