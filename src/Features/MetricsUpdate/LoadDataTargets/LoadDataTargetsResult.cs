namespace AnalisaAI.Api.Features.MetricsUpdate.LoadDataTargets;

/// <summary>The target data age by influencer id.</summary>
public sealed record LoadDataTargetsResult(IReadOnlyDictionary<Guid, TimeSpan> ByInfluencer);
