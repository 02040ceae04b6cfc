namespace AnalisaAI.Api.Features.Metrics.Relevance;

/// <summary>The stored relevance stage of one run.</summary>
public sealed class RelevanceResult : StageResult<RelevanceScore>;
