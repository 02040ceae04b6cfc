namespace AnalisaAI.UnitTests.Metrics;

internal sealed record GoldenV2Snapshot(DateOnly Date, long Followers, long? Following, long? Gained, long? Lost, long? ProfileViews);
