namespace AnalisaAI.Api.Features.Metrics.Growth;

public sealed record SnapshotPoint(DateOnly Date, long Followers);
