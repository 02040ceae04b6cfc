namespace AnalisaAI.Api.Features.Metrics.Engagement;

/// <summary>The engagement rules of docs/metrics.md (section "Engagement").</summary>
public static class EngagementCalculator
{
    /// <summary>The engagement result: the part-1 fields from the aggregates, and the part-2 fields when given.</summary>
    public static EngagementMetrics Calculate(EngagementInputs inputs, long followers, EngagementSampleMetrics? sample = null)
    {
        ArgumentNullException.ThrowIfNull(inputs);

        var count = inputs.PostCount;
        var totalInteractions = inputs.TotalLikes + inputs.TotalComments + inputs.TotalShares + inputs.TotalSaves;
        var avgInteractions = Average(totalInteractions, count);

        // The rate is undefined (not 0) without posts or without an audience to divide by.
        double? engagementRate = count == 0 || followers == 0
            ? null
            : avgInteractions / followers * 100;

        double? engagementRateByReach = inputs.PostsWithReach == 0 || inputs.ReachOfPostsWithReach == 0
            ? null
            : (double)inputs.InteractionsOfPostsWithReach / inputs.ReachOfPostsWithReach * 100;

        return new EngagementMetrics(
            PostsAnalyzed: count,
            TotalLikes: inputs.TotalLikes,
            TotalComments: inputs.TotalComments,
            TotalShares: inputs.TotalShares,
            TotalSaves: inputs.TotalSaves,
            AvgLikes: Average(inputs.TotalLikes, count),
            AvgComments: Average(inputs.TotalComments, count),
            AvgShares: Average(inputs.TotalShares, count),
            AvgSaves: Average(inputs.TotalSaves, count),
            AvgInteractions: avgInteractions,
            EngagementRate: engagementRate,
            EngagementRateByReach: engagementRateByReach,
            PublicSampleSize: sample?.PublicSampleSize,
            EngagementRatePublic: sample?.EngagementRatePublic,
            ViewsSampleSize: sample?.ViewsSampleSize,
            LikeRateByViews: sample?.LikeRateByViews,
            PostsPerWeek: sample?.PostsPerWeek,
            MedianGapHours: sample?.MedianGapHours,
            PostingGapCv: sample?.PostingGapCv,
            DaysSinceLastPost: sample?.DaysSinceLastPost);
    }

    // Averages over an empty window are 0 by rule, unlike the rates.
    private static double Average(long total, int count) => count == 0 ? 0 : (double)total / count;
}
