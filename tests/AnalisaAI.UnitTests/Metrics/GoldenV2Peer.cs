namespace AnalisaAI.UnitTests.Metrics;

internal sealed record GoldenV2Peer(string InfluencerId, string Platform, IReadOnlyList<GoldenV2PeerResult> Results);
