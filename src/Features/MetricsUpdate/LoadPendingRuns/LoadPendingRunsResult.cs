namespace AnalisaAI.Api.Features.MetricsUpdate.LoadPendingRuns;

/// <summary>The ids, among those asked, that have a run queued or running.</summary>
public sealed record LoadPendingRunsResult(IReadOnlySet<Guid> InfluencerIds);
