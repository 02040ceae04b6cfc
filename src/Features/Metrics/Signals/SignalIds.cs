using AnalisaAI.Api.Infrastructure.Web;

namespace AnalisaAI.Api.Features.Metrics.Signals;

/// <summary>The six flags' ids, in the order the API lists them.</summary>
public static class SignalIds
{
    public const string FollowerSpike = "followerSpike";
    public const string FollowerDrop = "followerDrop";
    public const string MassFollowing = "massFollowing";
    public const string LowEngagementForTier = "lowEngagementForTier";
    public const string HighCommentToLikeRatio = "highCommentToLikeRatio";
    public const string LikesExceedViews = "likesExceedViews";

    /// <summary>A flag's id, and the <c>flag</c> filter's values: api.md's "signal id".</summary>
    public static readonly ClosedSet All = new(typeof(SignalIds), "SignalId",
        [FollowerSpike, FollowerDrop, MassFollowing, LowEngagementForTier, HighCommentToLikeRatio, LikesExceedViews]);
}
