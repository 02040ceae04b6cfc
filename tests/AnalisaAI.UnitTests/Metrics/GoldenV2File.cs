namespace AnalisaAI.UnitTests.Metrics;

internal sealed record GoldenV2File(IReadOnlyList<GoldenV2Case> Cases);
