namespace AnalisaAI.UnitTests.Metrics;

/// <summary>A part-2 case's influencer, posts, snapshots, T, W and peers (other influencers with their stored results).</summary>
internal sealed record GoldenV2Input(
    DateTimeOffset CalculatedAt,
    int WindowDays,
    GoldenV2Influencer Influencer,
    IReadOnlyList<GoldenV2Post> Posts,
    IReadOnlyList<GoldenV2Snapshot> Snapshots,
    IReadOnlyList<GoldenV2Peer> Peers);
