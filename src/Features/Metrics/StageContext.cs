using AnalisaAI.Api.Features.Influencers;

namespace AnalisaAI.Api.Features.Metrics;

/// <summary>
/// What the stages of one run share: the run, the influencer, the instant T (read once per run), the profile
/// after the profile step (F, following, platform) and the results of the stages that ran before.
/// </summary>
public sealed record StageContext(
    Guid RunId,
    Guid InfluencerId,
    DateTime CalculatedAt,
    int WindowDays,
    Platform Platform,
    long Followers,
    long? Following,
    IReadOnlyList<StageResult> Results)
{
    /// <summary>The window (T - W days, T] starts after this instant.</summary>
    public DateTime WindowStart => CalculatedAt.AddDays(-WindowDays);

    public DateOnly CalculationDate => DateOnly.FromDateTime(CalculatedAt);

    /// <summary>The numbers of an earlier stage of this run; a stage that depends on one is registered after it.</summary>
    public TMetrics Metrics<TMetrics>()
        where TMetrics : class =>
        Results.OfType<StageResult<TMetrics>>().SingleOrDefault()?.Metrics
        ?? throw new InvalidOperationException($"No earlier stage of this run produced {typeof(TMetrics).Name}: check the stage order.");

    public StageContext With(StageResult result) => this with { Results = [.. Results, result] };
}
