namespace AnalisaAI.Api.Features.Metrics.Engagement;

/// <summary>Engagement's added fields (docs/metrics.md, "Part 2", "Stage 1: engagement (added fields)").</summary>
public static class EngagementSampleCalculator
{
    private const double SecondsPerDay = 86_400;

    public static EngagementSampleMetrics Calculate(EngagementSampleInputs inputs, long followers)
    {
        ArgumentNullException.ThrowIfNull(inputs);

        var posts = inputs.Posts;
        var sample = PostSampling.PublicSample(posts);

        // Likes and comments only: shares and saves are first-party data, which not every influencer has.
        double? engagementRatePublic = sample.Count == 0 || followers == 0
            ? null
            : (double)(sample.Sum(p => p.Likes) + sample.Sum(p => p.Comments)) / sample.Count / followers * 100;

        var videos = posts.Where(p => p.IsVideo && p.Views is not null).ToArray();
        var videoViews = videos.Sum(p => p.Views!.Value);
        double? likeRateByViews = videos.Length == 0 || videoViews == 0
            ? null
            : (double)videos.Sum(p => p.Likes) / videoViews * 100;

        var gaps = PostingGaps.Hours(posts.Select(p => p.PublishedAt));
        double? daysSinceLastPost = inputs.LastPostAt is { } last
            ? (inputs.CalculatedAt - last).TotalSeconds / SecondsPerDay
            : null;

        return new EngagementSampleMetrics(
            PublicSampleSize: sample.Count,
            EngagementRatePublic: engagementRatePublic,
            ViewsSampleSize: videos.Length,
            LikeRateByViews: likeRateByViews,
            PostsPerWeek: posts.Count == 0 ? 0 : (double)posts.Count * 7 / inputs.WindowDays,
            MedianGapHours: Median.Of(gaps),
            PostingGapCv: PostingGaps.CoefficientOfVariation(gaps),
            DaysSinceLastPost: daysSinceLastPost);
    }
}
