using AnalisaAI.Api.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AnalisaAI.Api.Features.SocialData;

/// <summary>
/// The default source: the profile is what ingestion stored on the influencer. It reports no recent posts,
/// because ingested posts are already stored.
/// </summary>
public sealed class StoredSocialDataSource(AppDbContext db) : ISocialDataSource
{
    public bool IsLive => false;

    public async Task<SocialProfile> FetchProfileAsync(SocialAccount account, CancellationToken cancellationToken)
    {
        var profile = await db.Influencers
            .AsNoTracking()
            .Where(i => i.Id == account.InfluencerId)
            .Select(i => new { i.DisplayName, i.Biography, i.Followers, i.Following, i.PostsCount })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new SocialDataException($"Influencer {account.InfluencerId} is not stored.");

        return new SocialProfile(profile.DisplayName, profile.Biography, profile.Followers, profile.Following, profile.PostsCount, []);
    }
}
