using AnalisaAI.Api.Features.Influencers;
using AnalisaAI.Api.Features.SocialData;
using AnalisaAI.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace AnalisaAI.IntegrationTests.SocialData;

public sealed class StoredSocialDataSourceTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task The_profile_is_what_ingestion_stored_without_recent_posts()
    {
        var id = Guid.NewGuid();
        await factory.WithDbAsync(async db =>
        {
            db.Influencers.Add(new Influencer
            {
                Id = id,
                Handle = "Stored.Profile",
                NormalizedHandle = "stored.profile",
                Platform = Platform.Tiktok,
                DisplayName = "Stored Profile",
                Biography = "What ingestion wrote",
                Followers = 48_210,
                Following = 190,
                PostsCount = 733,
                CreatedAt = ApiFactory.Start.UtcDateTime,
            });
            db.Posts.Add(new Post { InfluencerId = id, ExternalId = "p1", PublishedAt = ApiFactory.Start.UtcDateTime, Likes = 10, Comments = 1 });
            return await db.SaveChangesAsync();
        });

        var profile = await FetchAsync(new SocialAccount(id, "Stored.Profile", Platform.Tiktok));

        profile.Should().BeEquivalentTo(new SocialProfile("Stored Profile", "What ingestion wrote", 48_210, 190, 733, []));
    }

    [Fact]
    public async Task Unknown_counts_stay_unknown()
    {
        var id = Guid.NewGuid();
        await factory.WithDbAsync(async db =>
        {
            db.Influencers.Add(new Influencer
            {
                Id = id,
                Handle = "bare",
                NormalizedHandle = "bare",
                Platform = Platform.Instagram,
                CreatedAt = ApiFactory.Start.UtcDateTime,
            });
            return await db.SaveChangesAsync();
        });

        var profile = await FetchAsync(new SocialAccount(id, "bare", Platform.Instagram));

        profile.Should().BeEquivalentTo(new SocialProfile(null, null, null, null, null, []));
    }

    [Fact]
    public async Task An_unknown_influencer_is_a_social_data_failure()
    {
        var act = () => FetchAsync(new SocialAccount(Guid.NewGuid(), "nobody", Platform.Instagram));

        await act.Should().ThrowExactlyAsync<SocialDataException>().WithMessage("Influencer * is not stored.");
    }

    private async Task<SocialProfile> FetchAsync(SocialAccount account)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var source = scope.ServiceProvider.GetRequiredService<ISocialDataSource>();
        source.Should().BeOfType<StoredSocialDataSource>();
        return await source.FetchProfileAsync(account, CancellationToken.None);
    }
}
