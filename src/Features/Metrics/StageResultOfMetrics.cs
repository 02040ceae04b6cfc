namespace AnalisaAI.Api.Features.Metrics;

/// <summary>
/// A stage result whose numbers are <typeparamref name="TMetrics"/>: the record the API returns is also what
/// is stored (one column per field), so a stage declares its numbers once.
/// </summary>
public abstract class StageResult<TMetrics> : StageResult
    where TMetrics : class
{
    public required TMetrics Metrics { get; init; }
}
