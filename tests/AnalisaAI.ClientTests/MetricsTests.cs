using AnalisaAI.Client;
using AnalisaAI.Client.Models.Influencers.CreateInfluencer;
using AnalisaAI.Client.Models.Metrics;
using AnalisaAI.Client.Models.Microsoft.AspNetCore.Mvc;

namespace AnalisaAI.ClientTests;

/// <summary>An influencer's metrics and their history, seeded and recalculated through the client, and a typed 404.</summary>
public sealed class MetricsTests(ClientApiFactory factory) : IClassFixture<ClientApiFactory>, IAsyncLifetime
{
    private const long Followers = 10_000;

    private AnalisaAIClient admin = null!;
    private Guid influencerId;
    private MetricsResponse calculated = null!;

    public async Task InitializeAsync()
    {
        admin = await factory.SignInAsAdminAsync();
        var influencer = await InfluencerSeed.CreateAsync(admin, $"metrics.{Guid.NewGuid():N}"[..20], CreateInfluencerCommand_platform.Instagram, Followers);
        influencerId = influencer.Id!.Value;
        await InfluencerSeed.IngestActivityAsync(admin, influencerId, Followers);
        calculated = await InfluencerSeed.RecalculateAsync(admin, influencerId);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_latest_metrics_are_typed_and_count_the_ingested_posts()
    {
        var metrics = await admin.Api.Influencers[influencerId].Metrics.GetAsync();

        metrics!.RunId.Should().Be(calculated.RunId);
        metrics.CalculatedAt.Should().BeCloseTo(DateTimeOffset.UtcNow, TimeSpan.FromMinutes(1));
        var engagement = metrics.Engagement!;
        engagement.PostsAnalyzed.Should().Be(InfluencerSeed.PostCount);
        engagement.TotalLikes.Should().Be(Enumerable.Range(0, InfluencerSeed.PostCount).Sum(InfluencerSeed.LikesOf));
        engagement.TotalComments.Should().Be(InfluencerSeed.PostCount * InfluencerSeed.CommentsPerPost);
        engagement.EngagementRate.Should().BeGreaterThan(0);
        metrics.Relevance!.Overall.Should().BeInRange(0, 100);
    }

    [Fact]
    public async Task The_history_holds_every_run_newest_first_and_its_limit_is_an_integer()
    {
        var second = await InfluencerSeed.RecalculateAsync(admin, influencerId);

        var history = await admin.Api.Influencers[influencerId].Metrics.History.GetAsync();
        var newest = await admin.Api.Influencers[influencerId].Metrics.History.GetAsync(r => r.QueryParameters.Limit = 1);

        history!.Items!.Select(m => m.RunId).Should().StartWith([second.RunId, calculated.RunId]);
        newest!.Items!.Select(m => m.RunId).Should().Equal(second.RunId);
    }

    [Fact]
    public async Task An_unknown_influencer_is_a_typed_404_problem_with_status_title_and_trace_id()
    {
        var unknown = Guid.NewGuid();

        var call = () => admin.Api.Influencers[unknown].Metrics.GetAsync();

        var problem = (await call.Should().ThrowAsync<ProblemDetails>()).Which;
        problem.ResponseStatusCode.Should().Be(404);
        problem.Status.Should().Be(404);
        problem.Title.Should().Be("Not Found");
        problem.Type.Should().NotBeNullOrEmpty();
        problem.Instance.Should().NotBeNullOrEmpty("the document lists instance as required");
        problem.TraceId.Should().MatchRegex("^00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$");
        problem.Detail.Should().Contain(unknown.ToString());
    }
}
