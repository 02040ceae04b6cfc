using AnalisaAI.Api.Features.Influencers.IngestAudienceSnapshots;
using AnalisaAI.Api.Features.Influencers.IngestPosts;
using AnalisaAI.Api.Features.Influencers.IngestStories;
using Microsoft.Extensions.Time.Testing;

namespace AnalisaAI.UnitTests.Influencers;

public class IngestionValidatorTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 30, 12, 0, 0, TimeSpan.Zero);
    private static readonly FakeTimeProvider Time = new(Now);

    private static IngestPostsItem Post(string id = "p1") => new(id, Now.AddDays(-1), "reel", 1, 2, null, null, null, null, null);

    private static string[] PostErrors(params IngestPostsItem[] items) =>
        new IngestPostsValidator(Time).Validate(new IngestPostsCommand(items)).Errors.Select(e => e.PropertyName).ToArray();

    [Fact]
    public void A_valid_batch_passes() => PostErrors(Post("a"), Post("b")).Should().BeEmpty();

    [Fact]
    public void Errors_name_the_item_and_field()
    {
        PostErrors(Post("a"), Post("b") with { Likes = -1, Comments = null, Views = -5 })
            .Should().BeEquivalentTo("Items[1].Likes", "Items[1].Comments", "Items[1].Views");
    }

    [Fact]
    public void Published_at_may_be_up_to_five_minutes_ahead()
    {
        PostErrors(Post() with { PublishedAt = Now.AddMinutes(5) }).Should().BeEmpty();
        PostErrors(Post() with { PublishedAt = Now.AddMinutes(5).AddSeconds(1) }).Should().Equal("Items[0].PublishedAt");

        // The offset counts: 14:04 at +02:00 is 12:04 UTC.
        PostErrors(Post() with { PublishedAt = new DateTimeOffset(2026, 6, 30, 14, 4, 0, TimeSpan.FromHours(2)) }).Should().BeEmpty();
    }

    [Theory]
    [InlineData("short")]
    [InlineData("TEXT")]
    public void Known_content_types_pass(string contentType) =>
        PostErrors(Post() with { ContentType = contentType }).Should().BeEmpty();

    [Theory]
    [InlineData("story")]
    [InlineData(null)]
    public void Unknown_content_types_fail(string? contentType) =>
        PostErrors(Post() with { ContentType = contentType }).Should().Equal("Items[0].ContentType");

    [Fact]
    public void External_id_length_is_1_to_128()
    {
        PostErrors(Post(new string('x', 128))).Should().BeEmpty();
        PostErrors(Post(new string('x', 129))).Should().Equal("Items[0].ExternalId");
        PostErrors(Post(" ")).Should().Equal("Items[0].ExternalId");
    }

    [Fact]
    public void Duplicates_are_reported_on_the_later_item_only()
    {
        PostErrors(Post("a"), Post("b"), Post("a"), Post("A"), Post("a")).Should().Equal("Items[2].ExternalId", "Items[4].ExternalId");
    }

    [Fact]
    public void Batch_size_is_1_to_1000()
    {
        PostErrors().Should().Equal("Items");
        PostErrors(Enumerable.Range(0, 1000).Select(i => Post($"p{i}")).ToArray()).Should().BeEmpty();
        PostErrors(Enumerable.Range(0, 1001).Select(i => Post($"p{i}")).ToArray()).Should().Equal("Items");
        new IngestPostsValidator(Time).Validate(new IngestPostsCommand(null)).Errors.Select(e => e.PropertyName).Should().Equal("Items");
    }

    [Fact]
    public void Stories_need_views_and_non_negative_counts()
    {
        var story = new IngestStoriesItem("s1", Now, 10, null, null, null);
        var errors = new IngestStoriesValidator(Time)
            .Validate(new IngestStoriesCommand([story, story with { ExternalId = "s2", Views = null, Exits = -1 }, story]))
            .Errors.Select(e => e.PropertyName);

        errors.Should().BeEquivalentTo("Items[1].Views", "Items[1].Exits", "Items[2].ExternalId");
    }

    [Fact]
    public void Snapshots_need_a_real_day_and_followers_and_a_unique_date()
    {
        var day = new IngestAudienceSnapshotsItem("2026-06-01", 100, null, null, null, null);
        var errors = new IngestAudienceSnapshotsValidator(Time)
            .Validate(new IngestAudienceSnapshotsCommand(
            [
                day,
                day with { Date = "2026-02-30" },
                day with { Date = "2026-6-2" },
                day with { Date = "2026-06-03", Followers = null },
                day with { Date = "2026-06-04", ProfileViews = -1 },
                day,
            ]))
            .Errors.Select(e => e.PropertyName);

        errors.Should().BeEquivalentTo("Items[1].Date", "Items[2].Date", "Items[3].Followers", "Items[4].ProfileViews", "Items[5].Date");
    }

    [Theory]
    [InlineData(1_000_000_000_000L, true)]
    [InlineData(1_000_000_000_001L, false)]
    [InlineData(4_611_686_018_427_387_904L, false)] // 2^62, the attack's value
    [InlineData(0L, true)]
    [InlineData(-1L, false)]
    public void Counts_lie_between_0_and_10_to_the_12(long count, bool valid)
    {
        PostErrors(Post() with { Likes = count, Shares = count }).Should().HaveCount(valid ? 0 : 2);
        new IngestStoriesValidator(Time).Validate(new IngestStoriesCommand([new IngestStoriesItem("s1", Now.AddDays(-1), count, count, null, null)]))
            .Errors.Select(e => e.PropertyName).Should().BeEquivalentTo(valid ? [] : new[] { "Items[0].Views", "Items[0].Reach" });
        SnapshotErrors(new IngestAudienceSnapshotsItem("2026-06-01", count, null, null, null, count))
            .Should().BeEquivalentTo(valid ? [] : new[] { "Items[0].Followers", "Items[0].ProfileViews" });
    }

    [Theory]
    [InlineData("2004-01-01T00:00:00Z", true)]
    [InlineData("2003-12-31T23:59:59Z", false)]
    [InlineData("0001-01-01T00:00:00Z", false)]
    public void Published_at_is_not_before_2004(string publishedAt, bool valid) =>
        PostErrors(Post() with { PublishedAt = DateTimeOffset.Parse(publishedAt, System.Globalization.CultureInfo.InvariantCulture) })
            .Should().BeEquivalentTo(valid ? [] : new[] { "Items[0].PublishedAt" });

    [Theory]
    [InlineData("2004-01-01", true)]
    [InlineData("2003-12-31", false)]
    [InlineData("0001-01-01", false)]
    [InlineData("2026-07-01", true)] // tomorrow (UTC)
    [InlineData("2026-07-02", false)]
    [InlineData("9999-12-31", false)]
    public void Snapshot_dates_lie_between_2004_and_tomorrow(string date, bool valid) =>
        SnapshotErrors(new IngestAudienceSnapshotsItem(date, 100, null, null, null, null))
            .Should().BeEquivalentTo(valid ? [] : new[] { "Items[0].Date" });

    private static string[] SnapshotErrors(params IngestAudienceSnapshotsItem[] items) =>
        new IngestAudienceSnapshotsValidator(Time).Validate(new IngestAudienceSnapshotsCommand(items)).Errors.Select(e => e.PropertyName).ToArray();
}
