using AnalisaAI.Api.Features.Influencers;
using AnalisaAI.Api.Features.SocialData;
using AnalisaAI.Api.Infrastructure.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AnalisaAI.Api.Features.Metrics.Profile;

/// <summary>
/// The profile step of a run: asks the social data source for the current profile and stores it before any
/// metric stage runs, so the stages read the new data. Unlike the stages it saves what it fetched: that is
/// input data (like an ingested batch), not a result. What the source does not know is left as it was.
/// A live source's followers also become the audience snapshot of T's date, so growth has a daily history.
/// When the source declines to be called (paused, unauthorized, out of budget, fetched recently) the step
/// keeps the stored profile and says why in its note; the run goes on.
/// </summary>
public sealed class ProfileHandler(AppDbContext db, ISocialDataSource source) : ICommandHandler<ProfileCommand, ProfileResult>
{
    public async ValueTask<ProfileResult> Handle(ProfileCommand command, CancellationToken cancellationToken)
    {
        var influencer = await db.Influencers.SingleOrDefaultAsync(i => i.Id == command.InfluencerId, cancellationToken)
            ?? throw new InvalidOperationException("The influencer no longer exists.");

        SocialProfile profile;
        try
        {
            profile = await source.FetchProfileAsync(new SocialAccount(influencer.Id, influencer.Handle, influencer.Platform), cancellationToken);
        }
        catch (SocialDataException skipped) when (skipped.Kind == SocialDataFailureKind.SourceUnavailable)
        {
            return new ProfileResult(influencer.Platform, influencer.Followers ?? 0, influencer.Following, 0, influencer.DataAsOf, Note(skipped.Message));
        }

        influencer.DisplayName = profile.DisplayName ?? influencer.DisplayName;
        influencer.Biography = profile.Biography ?? influencer.Biography;
        influencer.Followers = profile.Followers ?? influencer.Followers;
        influencer.Following = profile.Following ?? influencer.Following;
        influencer.PostsCount = profile.PostsCount ?? influencer.PostsCount;

        if (source.IsLive)
        {
            // New data arrived: the stored source only hands back what ingestion stored, which dated it then.
            influencer.DataAsOf = command.CalculatedAt;
            if (profile.Followers is { } followers)
            {
                await StoreSnapshotAsync(influencer, DateOnly.FromDateTime(command.CalculatedAt), followers, profile.Following, cancellationToken);
            }
        }

        var upserted = await UpsertPostsAsync(influencer.Id, profile.RecentPosts, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return new ProfileResult(influencer.Platform, influencer.Followers ?? 0, influencer.Following, upserted, influencer.DataAsOf);
    }

    /// <summary>
    /// Upserts the snapshot of <paramref name="date"/> by (influencer, date), keeping its other fields. As with
    /// ingestion, the influencer's followers (and following) are its newest snapshot's: a snapshot ingested for
    /// a later date keeps precedence over today's.
    /// </summary>
    private async Task StoreSnapshotAsync(Influencer influencer, DateOnly date, long followers, long? following, CancellationToken cancellationToken)
    {
        var snapshot = await db.AudienceSnapshots.SingleOrDefaultAsync(s => s.InfluencerId == influencer.Id && s.Date == date, cancellationToken);
        if (snapshot is null)
        {
            snapshot = new AudienceSnapshot { InfluencerId = influencer.Id, Date = date };
            db.AudienceSnapshots.Add(snapshot);
        }

        snapshot.Followers = followers;
        snapshot.Following = following ?? snapshot.Following;

        var later = await db.AudienceSnapshots.AsNoTracking()
            .Where(s => s.InfluencerId == influencer.Id && s.Date > date)
            .OrderByDescending(s => s.Date)
            .Select(s => new { s.Followers, s.Following })
            .FirstOrDefaultAsync(cancellationToken);
        if (later is not null)
        {
            influencer.Followers = later.Followers;
            influencer.Following = later.Following ?? influencer.Following;
        }
    }

    private static string Note(string reason) =>
        reason.Length <= ProfileResult.NoteMaxLength ? reason : reason[..ProfileResult.NoteMaxLength];

    private async Task<int> UpsertPostsAsync(Guid influencerId, IReadOnlyList<SocialPost> posts, CancellationToken cancellationToken)
    {
        if (posts.Count == 0)
        {
            return 0;
        }

        var ids = posts.Select(p => p.ExternalId).ToArray();
        var existing = await db.Posts.Where(p => p.InfluencerId == influencerId && ids.Contains(p.ExternalId))
            .ToDictionaryAsync(p => p.ExternalId, cancellationToken);
        foreach (var post in posts)
        {
            if (!existing.TryGetValue(post.ExternalId, out var stored))
            {
                stored = new Post { InfluencerId = influencerId, ExternalId = post.ExternalId };
                db.Posts.Add(stored);
            }

            // The source's counts are newer; fields it does not report (reach, saves, ...) keep their stored values.
            stored.PublishedAt = post.PublishedAt;
            stored.ContentType = post.ContentType;
            stored.Likes = post.Likes;
            stored.Comments = post.Comments;
            stored.Views = post.Views ?? stored.Views;
        }

        return posts.Count;
    }
}
