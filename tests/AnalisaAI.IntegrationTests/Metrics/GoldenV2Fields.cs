namespace AnalisaAI.IntegrationTests.Metrics;

/// <summary>The fields part 2 of docs/metrics.md adds to engagement.</summary>
internal static class GoldenV2Fields
{
    public static readonly string[] EngagementAdded =
    [
        "publicSampleSize", "engagementRatePublic", "viewsSampleSize", "likeRateByViews",
        "postsPerWeek", "medianGapHours", "postingGapCv", "daysSinceLastPost",
    ];
}
