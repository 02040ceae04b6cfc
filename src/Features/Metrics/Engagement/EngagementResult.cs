namespace AnalisaAI.Api.Features.Metrics.Engagement;

/// <summary>The stored engagement stage of one run.</summary>
public sealed class EngagementResult
{
    public Guid RunId { get; set; }
    public Guid InfluencerId { get; set; }
    public DateTime CalculatedAt { get; set; }
    public int PostsAnalyzed { get; set; }
    public long TotalLikes { get; set; }
    public long TotalComments { get; set; }
    public long TotalShares { get; set; }
    public long TotalSaves { get; set; }
    public double AvgLikes { get; set; }
    public double AvgComments { get; set; }
    public double AvgShares { get; set; }
    public double AvgSaves { get; set; }
    public double AvgInteractions { get; set; }
    public double? EngagementRate { get; set; }
    public double? EngagementRateByReach { get; set; }
}
