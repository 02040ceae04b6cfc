namespace AnalisaAI.Api.Features.Metrics;

/// <summary>
/// What every metric stage of one run shares: the run, the influencer, the instant T (read once per run)
/// and F, the followers after the profile stage.
/// </summary>
public sealed record StageContext(Guid RunId, Guid InfluencerId, DateTime CalculatedAt, long Followers, int WindowDays)
{
    /// <summary>The window (T - W days, T] starts after this instant.</summary>
    public DateTime WindowStart => CalculatedAt.AddDays(-WindowDays);

    public DateOnly CalculationDate => DateOnly.FromDateTime(CalculatedAt);
}
