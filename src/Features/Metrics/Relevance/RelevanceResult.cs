namespace AnalisaAI.Api.Features.Metrics.Relevance;

/// <summary>The stored relevance stage of one run.</summary>
public sealed class RelevanceResult
{
    public Guid RunId { get; set; }
    public Guid InfluencerId { get; set; }
    public DateTime CalculatedAt { get; set; }
    public double Overall { get; set; }
    public double? EngagementScore { get; set; }
    public double? ReachScore { get; set; }
    public double? GrowthScore { get; set; }
    public double? ConsistencyScore { get; set; }
    public double? AudienceQualityScore { get; set; }

    /// <summary>Comma-separated names of the components that counted as 50 because they were unknown.</summary>
    public string EstimatedComponents { get; set; } = "";
}
