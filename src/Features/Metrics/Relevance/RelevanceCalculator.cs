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

    private static double? Consistency(IReadOnlyList<DateTimeOffset> postTimes)
    {
        if (postTimes.Count < 3)
        {
            return null;
        }

        var sorted = postTimes.Order().ToArray();
        var gaps = new double[sorted.Length - 1];
        for (var i = 0; i < gaps.Length; i++)
        {
            gaps[i] = (sorted[i + 1] - sorted[i]).TotalHours;
        }

        var mean = gaps.Average();
        if (mean == 0)
        {
            return null;
        }

        // Population standard deviation: the gaps are the whole series, not a sample of it.
        var variance = gaps.Sum(g => (g - mean) * (g - mean)) / gaps.Length;
        var cv = Math.Sqrt(variance) / mean;
        return 100 * Math.Exp(-cv);
    }

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
