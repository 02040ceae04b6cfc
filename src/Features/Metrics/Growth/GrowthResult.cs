namespace AnalisaAI.Api.Features.Metrics.Growth;

/// <summary>The stored growth stage of one run.</summary>
public sealed class GrowthResult
{
    public Guid RunId { get; set; }
    public Guid InfluencerId { get; set; }
    public DateTime CalculatedAt { get; set; }
    public long Followers { get; set; }
    public long? NetNewFollowers1 { get; set; }
    public long? NetNewFollowers7 { get; set; }
    public long? NetNewFollowers30 { get; set; }
    public double? GrowthRate1 { get; set; }
    public double? GrowthRate7 { get; set; }
    public double? GrowthRate30 { get; set; }
    public double? AvgDailyGrowth30 { get; set; }
    public double? ChurnRate30 { get; set; }
    public double? RetentionRate30 { get; set; }
    public long? ProjectedFollowers30 { get; set; }
}
