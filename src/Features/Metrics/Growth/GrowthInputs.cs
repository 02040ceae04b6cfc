namespace AnalisaAI.Api.Features.Metrics.Growth;

/// <summary>
/// Latest is the last snapshot dated on or before T's date; BaseN the last dated on or before Latest.Date - N days.
/// The Recent* fields cover the snapshots dated in (Latest.Date - 30 days, Latest.Date].
/// </summary>
public sealed record GrowthInputs(
    SnapshotPoint? Latest,
    SnapshotPoint? Base1,
    SnapshotPoint? Base7,
    SnapshotPoint? Base30,
    int RecentCount,
    int RecentWithLostCount,
    long RecentLostSum);
