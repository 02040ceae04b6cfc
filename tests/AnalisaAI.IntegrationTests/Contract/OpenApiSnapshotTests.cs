using AnalisaAI.IntegrationTests.Infrastructure;

namespace AnalisaAI.IntegrationTests.Contract;

/// <summary>
/// The served document against docs/openapi.json, the snapshot that client generators read: a change to the
/// contract shows in review as a change to that file, and a client is never generated from a stale copy.
/// </summary>
public sealed class OpenApiSnapshotTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string DocumentPath = "/swagger/v1/swagger.json";

    [Fact]
    public async Task The_served_document_is_the_committed_snapshot()
    {
        var served = OpenApiSnapshot.Normalize(await factory.CreateClient().GetStringAsync(DocumentPath));
        var path = OpenApiSnapshot.FullPath;

        if (OpenApiSnapshot.UpdateRequested)
        {
            await File.WriteAllTextAsync(path, served);
            return;
        }

        File.Exists(path).Should().BeTrue(
            $"{OpenApiSnapshot.RelativePath} should hold the served document; write it with {UpdateCommand}");
        // The committed file is compared as written (after normalizing its layout), so a hand edit that
        // reorders members fails too: the snapshot is the served document, not an equivalent of it.
        var committed = OpenApiSnapshot.Normalize(await File.ReadAllTextAsync(path));
        var hint = OpenApiSnapshot.DiffHint(committed, served);
        if (hint.Length > 0)
        {
            Assert.Fail($"{OpenApiSnapshot.RelativePath} is not the document the app serves. If the change is intended, update it with "
                + $"{UpdateCommand}, review its diff and commit it.{Environment.NewLine}{hint}");
        }
    }

    [Fact]
    public async Task The_document_is_the_same_bytes_on_another_instance_with_other_settings()
    {
        var first = await factory.CreateClient().GetByteArrayAsync(DocumentPath);

        // Another process-like start: another environment, database, key, registration policy and base address.
        using var other = new ConfiguredApiFactory(
            new Dictionary<string, string?>
            {
                ["Auth:Registration"] = "InviteOnly",
                ["Observability:PrometheusEndpoint"] = "true",
                ["Jwt:AccessTokenMinutes"] = "5",
            },
            environment: "Production");
        using var client = other.CreateClient(new() { BaseAddress = new Uri("https://api.example.test:8443/") });
        var second = await client.GetByteArrayAsync(DocumentPath);

        second.Should().Equal(first, "the document may depend on neither the instance, its settings nor the address it is reached at");
    }

    [Fact]
    public void The_hint_names_the_first_differing_line_with_both_sides()
    {
        var committed = OpenApiSnapshot.Normalize("""{"a": 1, "b": {"c": "x"}}""");
        var served = OpenApiSnapshot.Normalize("""{"a": 1, "b": {"c": "y"}}""");

        var hint = OpenApiSnapshot.DiffHint(committed, served);

        hint.Should().Contain("first difference at line 4").And.Contain(">     4:     \"c\": \"x\"").And.Contain(">     4:     \"c\": \"y\"");
        OpenApiSnapshot.DiffHint(committed, committed).Should().BeEmpty();
    }

    private static string UpdateCommand =>
        $"`{OpenApiSnapshot.UpdateVariable}=1 dotnet test tests/AnalisaAI.IntegrationTests --filter FullyQualifiedName~{nameof(OpenApiSnapshotTests)}`";
}
