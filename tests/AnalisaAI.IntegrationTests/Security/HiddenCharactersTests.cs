using System.Net;
using System.Net.Http.Json;
using AnalisaAI.IntegrationTests.Auth;
using AnalisaAI.IntegrationTests.Influencers;
using AnalisaAI.IntegrationTests.Infrastructure;
using AnalisaAI.IntegrationTests.Lists;

namespace AnalisaAI.IntegrationTests.Security;

/// <summary>Issue 22, L8: bidi overrides, isolates, direction marks and control characters are 400 naming the field, in every text field people read.</summary>
public sealed class HiddenCharactersTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    public static TheoryData<string> Hidden => new()
    {
        "\u202Egnp.exe", "a\u202Ab", "a\u202Db", "a\u2066b\u2069", "a\u2067b", "a\u2068b", "a\u200Fb", "a\u200Eb",
        "a\u0007b", "a\u001Bb", "a\u0085b", "a\u009Bb", "a\u007Fb", "a\nb", "a\tb",
    };

    [Theory]
    [MemberData(nameof(Hidden))]
    public async Task Every_display_text_field_refuses_it_with_a_400_naming_the_field(string text)
    {
        var admin = await factory.CreateAdminClientAsync();
        var influencerId = await InfluencerApi.CreateIdAsync(admin);
        var listId = await ListsApi.CreateIdAsync(admin);
        var handle = InfluencerApi.UniqueHandle();

        var cases = new (string Field, Func<Task<HttpResponseMessage>> Send)[]
        {
            ("displayName", () => admin.PostAsJsonAsync(InfluencerApi.Route, new { handle, platform = "instagram", displayName = text })),
            ("handle", () => admin.PostAsJsonAsync(InfluencerApi.Route, new { handle = text, platform = "instagram" })),
            ("categories[0]", () => admin.PostAsJsonAsync(InfluencerApi.Route, new { handle, platform = "instagram", categories = new[] { text } })),
            ("displayName", () => admin.PutAsJsonAsync($"{InfluencerApi.Route}/{influencerId}", new { handle, platform = "instagram", displayName = text })),
            ("displayName", () => factory.CreateClient().PostAsJsonAsync("/api/auth/register", new { email = AuthApi.NewEmail(), password = AuthApi.Password, displayName = text })),
            ("name", () => admin.PostAsJsonAsync(ListsApi.Route, new { name = text })),
            ("name", () => admin.PutAsJsonAsync($"{ListsApi.Route}/{listId}", new { name = text })),
            ("search", () => admin.GetAsync($"{InfluencerApi.Route}?search={Uri.EscapeDataString(text)}")),
        };

        foreach (var (field, send) in cases)
        {
            var response = await send();
            response.StatusCode.Should().Be(HttpStatusCode.BadRequest, $"{field} = {Uri.EscapeDataString(text)}");
            var problem = await response.ReadProblemAsync();
            problem["errors"]!.AsObject().Should().ContainKey(field);
        }
    }

    [Fact]
    public async Task Right_to_left_and_emoji_text_without_formatting_characters_is_accepted()
    {
        var admin = await factory.CreateAdminClientAsync();
        const string text = "مرحبا Zoë 👩‍💻";

        (await admin.PostAsJsonAsync(InfluencerApi.Route, new { handle = InfluencerApi.UniqueHandle(), platform = "instagram", displayName = text, categories = new[] { "مرحبا" } }))
            .StatusCode.Should().Be(HttpStatusCode.Created);
        (await admin.PostAsJsonAsync(ListsApi.Route, new { name = text })).StatusCode.Should().Be(HttpStatusCode.Created);
        (await factory.CreateClient().PostAsJsonAsync("/api/auth/register", new { email = AuthApi.NewEmail(), password = AuthApi.Password, displayName = text }))
            .StatusCode.Should().Be(HttpStatusCode.Created);
        (await admin.GetAsync($"{InfluencerApi.Route}?search={Uri.EscapeDataString("مرحبا")}")).StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
