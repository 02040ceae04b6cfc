namespace AnalisaAI.Api.Features.Metrics.Growth;

public sealed record GrowthMetrics(
    long Followers,
    long? NetNewFollowers1,
    long? NetNewFollowers7,
    long? NetNewFollowers30,
    double? GrowthRate1,
    double? GrowthRate7,
    double? GrowthRate30,
    double? AvgDailyGrowth30,
    double? ChurnRate30,
    double? RetentionRate30,
    long? ProjectedFollowers30);
