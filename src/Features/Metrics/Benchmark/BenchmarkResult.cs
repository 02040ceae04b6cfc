namespace AnalisaAI.Api.Features.Metrics.Benchmark;

/// <summary>The stored benchmark stage of one run.</summary>
public sealed class BenchmarkResult : StageResult<BenchmarkMetrics>;
