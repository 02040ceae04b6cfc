namespace AnalisaAI.Api.Features.Metrics.Reach;

/// <summary>The stored reach stage of one run.</summary>
public sealed class ReachResult
{
    public Guid RunId { get; set; }
    public Guid InfluencerId { get; set; }
    public DateTime CalculatedAt { get; set; }
    public double? AvgReach { get; set; }
    public double? AvgImpressions { get; set; }
    public double? ReachRate { get; set; }
    public int StoriesCount { get; set; }
    public double? AvgStoryViews { get; set; }
    public double? StoryExitRate { get; set; }
    public double? StoryCompletionRate { get; set; }
    public long? ProfileViews { get; set; }
}
