namespace AnalisaAI.Api.Features.Metrics.Relevance;

public sealed record RelevanceWeights(
    double Engagement,
    double Reach,
    double Growth,
    double Consistency,
    double AudienceQuality)
{
    public static RelevanceWeights Default { get; } = new(0.30, 0.25, 0.25, 0.10, 0.10);
}
