namespace AnalisaAI.Api.Features.Metrics.Relevance;

/// <summary>The relevance rules of docs/metrics.md (section "Relevance").</summary>
public static class RelevanceCalculator
{
    // Stand-in value for a component whose inputs are unknown.
    private const double EstimatedValue = 50;

    public static RelevanceScore Calculate(RelevanceInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);

        var engagement = inputs.Engagement.EngagementRate * EngagementFactor(inputs.Platform) is { } e
            ? Clamp(e)
            : (double?)null;
        var reach = inputs.Reach.ReachRate is { } reachRate ? Clamp(reachRate * 2) : (double?)null;
        var growth = inputs.Growth.GrowthRate30 is { } growthRate ? Clamp(50 + (growthRate * 10)) : (double?)null;
        var consistency = Consistency(inputs.PostTimes);
        var audienceQuality = AudienceQuality(inputs);

        var weights = inputs.Weights;
        (string Name, double? Value, double Weight)[] components =
        [
            ("engagement", engagement, weights.Engagement),
            ("reach", reach, weights.Reach),
            ("growth", growth, weights.Growth),
            ("consistency", consistency, weights.Consistency),
            ("audienceQuality", audienceQuality, weights.AudienceQuality),
        ];

        var weighted = components.Sum(c => c.Weight * (c.Value ?? EstimatedValue));
        var overall = Math.Round(Clamp(weighted), 2, MidpointRounding.AwayFromZero);
        var estimated = components.Where(c => c.Value is null).Select(c => c.Name).ToArray();

        return new RelevanceScore(overall, engagement, reach, growth, consistency, audienceQuality, estimated);
    }

    // Typical engagement rates differ by platform, so each gets its own scale to 100.
    private static double EngagementFactor(string platform) => platform switch
    {
        "instagram" or "youtube" => 10,
        "tiktok" => 5,
        "facebook" => 20,
        _ => throw new ArgumentOutOfRangeException(nameof(platform), platform, "Unknown platform."),
    };

    // The same coefficient of variation as engagement's postingGapCv, so consistency = 100 * exp(-postingGapCv).
    private static double? Consistency(IReadOnlyList<DateTimeOffset> postTimes) =>
        PostingGaps.CoefficientOfVariation(PostingGaps.Hours(postTimes.Select(t => t.UtcDateTime))) is { } cv
            ? 100 * Math.Exp(-cv)
            : null;

    private static double? AudienceQuality(RelevanceInputs inputs)
    {
        double? commentsPerLike = inputs.Engagement.TotalLikes == 0
            ? null
            : Math.Min(100, (double)inputs.Engagement.TotalComments / inputs.Engagement.TotalLikes * 2000);

        double? followRatio = inputs.Following switch
        {
            null => null,
            0 => 100, // follows nobody: the best possible ratio, and avoids dividing by 0
            var following => Math.Min(100, (double)inputs.Followers / following.Value * 10),
        };

        double?[] parts = [commentsPerLike, followRatio, inputs.Growth.RetentionRate30];
        var known = parts.OfType<double>().ToArray();
        return known.Length == 0 ? null : known.Average();
    }

    private static double Clamp(double x) => Math.Min(100, Math.Max(0, x));
}
