using AnalisaAI.IntegrationTests.Infrastructure.OpenApi;

namespace AnalisaAI.IntegrationTests.Contract;

public sealed class PathTemplateTests
{
    private static readonly PathTemplate[] Templates =
    [
        new("/api/influencers"),
        new("/api/influencers/{id}"),
        new("/api/influencers/categories"),
        new("/api/lists/{id}/items/{influencerId}"),
        new("/api/exports/{name}.{format}"),
    ];

    [Theory]
    [InlineData("/api/influencers", "/api/influencers")]
    [InlineData("/api/influencers/3fa85f64-5717-4562-b3fc-2c963f66afa6", "/api/influencers/{id}")]
    [InlineData("/api/influencers/categories", "/api/influencers/categories")]
    [InlineData("/API/Influencers/Categories", "/api/influencers/categories")]
    [InlineData("/api/influencers/", "/api/influencers")]
    [InlineData("/api/lists/a/items/b", "/api/lists/{id}/items/{influencerId}")]
    [InlineData("/api/exports/weekly.csv", "/api/exports/{name}.{format}")]
    [InlineData("/api/influencers/caf%C3%A9", "/api/influencers/{id}")]
    public void A_request_path_resolves_to_its_most_specific_template(string path, string expected) =>
        PathTemplate.MostSpecific(Templates, path, _ => true)!.Template.Should().Be(expected);

    [Theory]
    [InlineData("/api")]
    [InlineData("/api/influencers/a/b")]
    [InlineData("/api/lists/a/items")]
    [InlineData("/api/lists/a/items/")]
    [InlineData("/api/exports/weekly")]
    [InlineData("/api/lists//items/b")]
    [InlineData("/")]
    public void Paths_of_another_shape_match_no_template(string path) =>
        PathTemplate.MostSpecific(Templates, path, _ => true).Should().BeNull();

    [Fact]
    public void A_literal_segment_outranks_a_parameter_from_the_left()
    {
        var templates = new PathTemplate[] { new("/a/{x}/c"), new("/a/b/{y}") };

        PathTemplate.MostSpecific(templates, "/a/b/c", _ => true)!.Template.Should().Be("/a/b/{y}");
    }

    [Fact]
    public void A_template_the_filter_refuses_gives_way_to_the_next_match()
    {
        // As for a method only the parameter path has: DELETE /api/influencers/categories is the {id} operation's.
        PathTemplate.MostSpecific(Templates, "/api/influencers/categories", t => t.Template != "/api/influencers/categories")!
            .Template.Should().Be("/api/influencers/{id}");
    }

    [Fact]
    public void A_percent_encoded_literal_matches_its_decoded_segment()
    {
        new PathTemplate("/api/caf%C3%A9").Match("/api/café").Should().NotBeNull();
        new PathTemplate("/api/café").Match("/api/caf%C3%A9").Should().NotBeNull();
    }
}
