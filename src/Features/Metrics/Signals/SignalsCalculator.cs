namespace AnalisaAI.Api.Features.Metrics.Signals;

/// <summary>The signals rules of docs/metrics.md ("Part 2", "Stage 6: signals"): six flags and the data confidence.</summary>
public static class SignalsCalculator
{
    private const string High = DataConfidenceLevels.High;
    private const string Medium = DataConfidenceLevels.Medium;
    private const string Low = DataConfidenceLevels.Low;

    public static SignalsMetrics Calculate(SignalsInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);

        var sample = PostSampling.PublicSample(inputs.Posts);
        var (spike, drop) = FollowerChangeDetector.Detect(inputs.Snapshots, inputs.CalculationDate);
        SignalFlag[] flags =
        [
            spike,
            drop,
            MassFollowing(inputs.Followers, inputs.Following),
            LowEngagementForTier(inputs),
            HighCommentToLikeRatio(sample),
            LikesExceedViews(inputs.Posts),
        ];

        var firstDay = inputs.CalculationDate.AddDays(-30);
        var snapshotDays30 = inputs.Snapshots.Select(s => s.Date).Distinct()
            .Count(d => d > firstDay && d <= inputs.CalculationDate);

        return new SignalsMetrics(
            flags,
            [.. flags.Where(f => f.Status == SignalStatus.Raised).Select(f => f.Id)],
            DataConfidence(inputs.Followers, sample.Count, snapshotDays30),
            snapshotDays30);
    }

    private static SignalFlag MassFollowing(long followers, long? following)
    {
        if (following is not { } f)
        {
            return new SignalFlag(SignalIds.MassFollowing, SignalStatus.InsufficientData, null);
        }

        return followers >= 10_000 && f > 1_500 && 10 * f >= followers
            ? new SignalFlag(SignalIds.MassFollowing, SignalStatus.Raised, new MassFollowingEvidence(f, followers, (double)f / followers))
            : new SignalFlag(SignalIds.MassFollowing, SignalStatus.Clear, null);
    }

    private static SignalFlag LowEngagementForTier(SignalsInputs inputs)
    {
        if (inputs.EngagementRatePublic is not { } er || inputs.ErTierMedian is not { } median)
        {
            return new SignalFlag(SignalIds.LowEngagementForTier, SignalStatus.InsufficientData, null);
        }

        return 4 * er < median && !PercentileRank.Ties(4 * er, median)
            ? new SignalFlag(SignalIds.LowEngagementForTier, SignalStatus.Raised, new LowEngagementEvidence(er, median, inputs.ErPercentile))
            : new SignalFlag(SignalIds.LowEngagementForTier, SignalStatus.Clear, null);
    }

    private static SignalFlag HighCommentToLikeRatio(IReadOnlyList<SamplePost> sample)
    {
        var likes = sample.Sum(p => p.Likes);
        var comments = sample.Sum(p => p.Comments);
        if (sample.Count < 3 || likes < 100)
        {
            return new SignalFlag(SignalIds.HighCommentToLikeRatio, SignalStatus.InsufficientData, null);
        }

        return 10 * comments >= likes
            ? new SignalFlag(
                SignalIds.HighCommentToLikeRatio,
                SignalStatus.Raised,
                new CommentRatioEvidence(sample.Count, likes, comments, (double)comments / likes))
            : new SignalFlag(SignalIds.HighCommentToLikeRatio, SignalStatus.Clear, null);
    }

    private static SignalFlag LikesExceedViews(IReadOnlyList<SamplePost> posts)
    {
        var withViews = PostSampling.NewestFirst(posts.Where(p => p.Views is not null));
        if (withViews.Count == 0)
        {
            return new SignalFlag(SignalIds.LikesExceedViews, SignalStatus.InsufficientData, null);
        }

        var exceeding = withViews.Where(p => p.Likes > p.Views!.Value).ToArray();
        if (exceeding.Length == 0)
        {
            return new SignalFlag(SignalIds.LikesExceedViews, SignalStatus.Clear, null);
        }

        var newest = exceeding[0];
        return new SignalFlag(
            SignalIds.LikesExceedViews,
            SignalStatus.Raised,
            new LikesOverViewsEvidence(exceeding.Length, withViews.Count, newest.ExternalId, newest.Likes, newest.Views!.Value));
    }

    private static string DataConfidence(long followers, int publicSampleSize, int snapshotDays30) =>
        followers > 0 && publicSampleSize >= 12 && snapshotDays30 >= 21 ? High
        : followers > 0 && publicSampleSize >= 6 && snapshotDays30 >= 7 ? Medium
        : Low;
}
