using AnalisaAI.Api.Features.Influencers.CreateInfluencer;
using AnalisaAI.Api.Features.Influencers.ListInfluencers;
using AnalisaAI.Api.Features.Influencers.UpdateInfluencer;

namespace AnalisaAI.UnitTests.Influencers;

public class InfluencerValidatorTests
{
    private static readonly CreateInfluencerValidator Create = new();

    private static CreateInfluencerCommand Valid(string handle = "ana.silva_01-x", string platform = "instagram") =>
        new(handle, platform, "Ana", 10, 5, 3, ["Food", "travel"]);

    [Theory]
    [InlineData("ana")]
    [InlineData("@ana")]
    [InlineData("  @Ana.Silva_1-2  ")]
    public void Accepts_handles_with_an_optional_leading_at(string handle) =>
        Create.Validate(Valid(handle)).IsValid.Should().BeTrue();

    [Theory]
    [InlineData("")]
    [InlineData("@")]
    [InlineData("@@ana")]
    [InlineData("ana silva")]
    [InlineData("ana#1")]
    public void Refuses_bad_handles(string handle) =>
        Create.Validate(Valid(handle)).Errors.Select(e => e.PropertyName).Should().Equal("Handle");

    [Fact]
    public void Handle_length_counts_after_the_at()
    {
        Create.Validate(Valid("@" + new string('a', 100))).IsValid.Should().BeTrue();
        Create.Validate(Valid(new string('a', 101))).IsValid.Should().BeFalse();
    }

    [Theory]
    [InlineData("instagram")]
    [InlineData("tiktok")]
    [InlineData("facebook")]
    [InlineData("youtube")]
    public void Accepts_the_four_platforms(string platform) =>
        Create.Validate(Valid(platform: platform)).IsValid.Should().BeTrue();

    [Theory]
    [InlineData("tik_tok")]
    [InlineData("you_tube")]
    [InlineData("twitter")]
    [InlineData("")]
    public void Refuses_other_platforms(string platform) =>
        Create.Validate(Valid(platform: platform)).Errors.Select(e => e.PropertyName).Should().Equal("Platform");

    [Fact]
    public void Refuses_negative_counts_and_bad_categories()
    {
        var command = new CreateInfluencerCommand("ana", "instagram", null, -1, -2, -3, ["ok", null, new string('c', 51)]);

        Create.Validate(command).Errors.Select(e => e.PropertyName).Should()
            .BeEquivalentTo("Followers", "Following", "PostsCount", "Categories[1]", "Categories[2]");
    }

    [Fact]
    public void Allows_twenty_categories_but_not_twenty_one()
    {
        Create.Validate(Valid() with { Categories = Enumerable.Range(0, 20).Select(i => $"c{i}").ToArray() }).IsValid.Should().BeTrue();
        Create.Validate(Valid() with { Categories = Enumerable.Range(0, 21).Select(i => $"c{i}").ToArray() })
            .Errors.Select(e => e.PropertyName).Should().Equal("Categories");
    }

    [Fact]
    public void Update_uses_the_same_rules()
    {
        var command = new UpdateInfluencerCommand(null, "myspace", null, null, null, null, null) { Id = Guid.NewGuid() };

        new UpdateInfluencerValidator().Validate(command).Errors.Select(e => e.PropertyName).Should().BeEquivalentTo("Handle", "Platform");
    }

    [Theory]
    [InlineData(null, null, null, null, null)]
    [InlineData("youtube", "0", "-relevance", "1", "100")]
    [InlineData("TikTok", "55.5", "updatedAt", "10000000", "1")]
    public void Listing_accepts_good_values(string? platform, string? minRelevance, string? sort, string? page, string? pageSize) =>
        new ListInfluencersValidator().Validate(new ListInfluencersQuery(platform, null, minRelevance, "ana", "micro", "50", null, "true", sort, page, pageSize))
            .IsValid.Should().BeTrue();

    [Fact]
    public void Listing_names_each_bad_parameter()
    {
        var query = new ListInfluencersQuery("orkut", new string('c', 51), "-1", new string('s', 101), "huge", "-1", "fake", "maybe", "likes", "0", "101");

        new ListInfluencersValidator().Validate(query).Errors.Select(e => e.PropertyName).Should()
            .BeEquivalentTo("Platform", "Category", "MinRelevance", "Search", "Tier", "MinErPercentile", "Flag", "NoFlags", "Sort", "Page", "PageSize");
    }
}
