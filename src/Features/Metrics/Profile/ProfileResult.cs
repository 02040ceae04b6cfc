using AnalisaAI.Api.Features.Influencers;

namespace AnalisaAI.Api.Features.Metrics.Profile;

/// <summary>
/// The profile the later stages read: F and following are those after this stage. <paramref name="DataAsOf"/>
/// is the influencer's data age after it (a live source's fetch renews it). <paramref name="Note"/> says why the
/// source was not asked (paused, unauthorized, out of budget, fetched recently), or is null.
/// </summary>
public sealed record ProfileResult(Platform Platform, long Followers, long? Following, int PostsUpserted, DateTime? DataAsOf, string? Note = null)
{
    public const int NoteMaxLength = 300;
}
