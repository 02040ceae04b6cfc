using System.Net;
using System.Net.Http.Json;
using System.Text;
using AnalisaAI.IntegrationTests.Infrastructure;

namespace AnalisaAI.IntegrationTests.Auth;

public sealed class RegisterTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task Register_returns_201_with_the_account_as_analyst()
    {
        var email = AuthApi.NewEmail();

        var response = await client.PostAsJsonAsync("/api/auth/register", new { email, password = AuthApi.Password, displayName = "Ana Lyst" });

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        var body = (await response.ReadJsonAsync()).AsObject();
        body.Select(p => p.Key).Should().BeEquivalentTo("id", "email", "displayName", "role");
        body["id"]!.GetValue<Guid>().Should().NotBeEmpty();
        body["email"]!.GetValue<string>().Should().Be(email);
        body["displayName"]!.GetValue<string>().Should().Be("Ana Lyst");
        body["role"]!.GetValue<string>().Should().Be("analyst");
    }

    [Fact]
    public async Task Email_differing_only_in_case_is_a_409_problem()
    {
        var email = AuthApi.NewEmail();
        await client.RegisterAsync(email);
        var before = await factory.CountUsersAsync();

        var response = await client.PostAsJsonAsync("/api/auth/register",
            new { email = email.ToUpperInvariant(), password = AuthApi.Password, displayName = "Twin" });

        response.StatusCode.Should().Be(HttpStatusCode.Conflict);
        await response.ReadProblemAsync();
        (await factory.CountUsersAsync()).Should().Be(before);
    }

    [Theory]
    [InlineData(11)]
    [InlineData(129)]
    public async Task Password_outside_12_to_128_characters_is_400_and_nothing_is_written(int length)
    {
        var before = await factory.CountUsersAsync();

        var response = await client.PostAsJsonAsync("/api/auth/register",
            new { email = AuthApi.NewEmail(), password = new string('p', length), displayName = "Short" });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problem = await response.ReadProblemAsync();
        problem["errors"]!["password"]!.AsArray().Should().NotBeEmpty();
        (await factory.CountUsersAsync()).Should().Be(before);
    }

    [Theory]
    [InlineData(12)]
    [InlineData(128)]
    public async Task Password_of_12_or_128_lowercase_letters_is_accepted_without_composition_rules(int length)
    {
        var response = await client.PostAsJsonAsync("/api/auth/register",
            new { email = AuthApi.NewEmail(), password = string.Concat(Enumerable.Repeat("zqxjvkwpmb", 13))[..length], displayName = "Plain" });

        response.StatusCode.Should().Be(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Invalid_email_is_400_with_an_email_error_and_nothing_is_written()
    {
        var before = await factory.CountUsersAsync();

        var response = await client.PostAsJsonAsync("/api/auth/register",
            new { email = "not-an-email", password = AuthApi.Password, displayName = "Nobody" });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problem = await response.ReadProblemAsync();
        problem["errors"]!["email"]!.AsArray().Should().NotBeEmpty();
        (await factory.CountUsersAsync()).Should().Be(before);
    }

    [Fact]
    public async Task Malformed_json_is_a_400_problem_and_nothing_is_written()
    {
        var before = await factory.CountUsersAsync();

        var response = await client.PostAsync("/api/auth/register",
            new StringContent("{\"email\": \"a@b.test\", \"password\": ", Encoding.UTF8, "application/json"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problem = await response.ReadProblemAsync();
        problem["detail"]!.GetValue<string>().Should().NotContain("Exception");
        (await factory.CountUsersAsync()).Should().Be(before);
    }

    [Fact]
    public async Task Body_over_2_MiB_is_a_413_problem()
    {
        var padding = new string('x', (2 * 1024 * 1024) + 1);
        var json = $"{{\"email\":\"{AuthApi.NewEmail()}\",\"password\":\"{AuthApi.Password}\",\"displayName\":\"{padding}\"}}";

        var response = await client.PostAsync("/api/auth/register", new StringContent(json, Encoding.UTF8, "application/json"));

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        await response.ReadProblemAsync();
    }

    [Fact]
    public async Task Chunked_body_over_2_MiB_is_a_413_problem()
    {
        var padding = new string('x', (2 * 1024 * 1024) + 1);
        var json = $"{{\"email\":\"{AuthApi.NewEmail()}\",\"password\":\"{AuthApi.Password}\",\"displayName\":\"{padding}\"}}";
        var content = new UnknownLengthContent(Encoding.UTF8.GetBytes(json));
        content.Headers.ContentType = new("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/register") { Content = content };

        var response = await client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        await response.ReadProblemAsync();
    }

    /// <summary>A body sent without Content-Length, so the server learns its size only by reading it.</summary>
    private sealed class UnknownLengthContent(byte[] bytes) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context) =>
            stream.WriteAsync(bytes).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
