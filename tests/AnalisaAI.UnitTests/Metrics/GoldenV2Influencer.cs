namespace AnalisaAI.UnitTests.Metrics;

internal sealed record GoldenV2Influencer(string Id, string Platform, long Followers, long? Following);
