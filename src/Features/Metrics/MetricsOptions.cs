using System.ComponentModel.DataAnnotations;
using AnalisaAI.Api.Features.Metrics.Relevance;

namespace AnalisaAI.Api.Features.Metrics;

public sealed class MetricsOptions : IValidatableObject
{
    public const string Section = "Metrics";

    /// <summary>W of metrics.md: the window, in days, that posts and stories are taken from.</summary>
    [Range(1, 365, ErrorMessage = "Metrics:WindowDays must be between 1 and 365.")]
    public int WindowDays { get; set; } = 30;

    public RelevanceSettings Relevance { get; set; } = new();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var weights = Relevance.Weights;
        (string Name, double Value)[] named =
        [
            (nameof(WeightSettings.Engagement), weights.Engagement),
            (nameof(WeightSettings.Reach), weights.Reach),
            (nameof(WeightSettings.Growth), weights.Growth),
            (nameof(WeightSettings.Consistency), weights.Consistency),
            (nameof(WeightSettings.AudienceQuality), weights.AudienceQuality),
        ];
        foreach (var (name, value) in named.Where(w => !(w.Value is >= 0 and <= 1)))
        {
            yield return new ValidationResult($"Metrics:Relevance:Weights:{name} must be between 0 and 1 (it is {value}).");
        }

        var sum = named.Sum(w => w.Value);
        if (Math.Abs(sum - 1) > 1e-9)
        {
            yield return new ValidationResult($"Metrics:Relevance:Weights:* must sum to 1 (they sum to {sum}).");
        }
    }

    public sealed class RelevanceSettings
    {
        public WeightSettings Weights { get; set; } = new();
    }

    public sealed class WeightSettings
    {
        public double Engagement { get; set; } = RelevanceWeights.Default.Engagement;
        public double Reach { get; set; } = RelevanceWeights.Default.Reach;
        public double Growth { get; set; } = RelevanceWeights.Default.Growth;
        public double Consistency { get; set; } = RelevanceWeights.Default.Consistency;
        public double AudienceQuality { get; set; } = RelevanceWeights.Default.AudienceQuality;

        public RelevanceWeights ToWeights() => new(Engagement, Reach, Growth, Consistency, AudienceQuality);
    }
}
