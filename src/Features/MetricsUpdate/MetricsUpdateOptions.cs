using System.ComponentModel.DataAnnotations;

namespace AnalisaAI.Api.Features.MetricsUpdate;

/// <summary>The <c>MetricsUpdate</c> settings: when influencers are picked, how long a claim holds and how failures back off.</summary>
public sealed class MetricsUpdateOptions : IValidatableObject
{
    public const string Section = "MetricsUpdate";

    /// <summary>Switches off the automatic update on login and refresh (manual recalculation still works).</summary>
    public bool Enabled { get; set; } = true;

    [Range(1, 100, ErrorMessage = "MetricsUpdate:LoginBatchSize must be between 1 and 100.")]
    public int LoginBatchSize { get; set; } = 5;

    /// <summary>An influencer updated more recently than this is not picked.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "30.00:00:00", ErrorMessage = "MetricsUpdate:MinAge must be between 0 and 30 days.")]
    public TimeSpan MinAge { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How long a claim holds; a run that crashed releases its influencer when this passes.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "1.00:00:00", ErrorMessage = "MetricsUpdate:ClaimDuration must be between 10 seconds and 1 day.")]
    public TimeSpan ClaimDuration { get; set; } = TimeSpan.FromMinutes(10);

    public BackoffSettings FailureBackoff { get; set; } = new();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (FailureBackoff.Initial <= TimeSpan.Zero || FailureBackoff.Max < FailureBackoff.Initial)
        {
            yield return new ValidationResult("MetricsUpdate:FailureBackoff:Initial must be positive and not above MetricsUpdate:FailureBackoff:Max.");
        }
    }

    /// <summary>After a failed run the influencer is not picked again for Initial, doubling per failure up to Max.</summary>
    public sealed class BackoffSettings
    {
        public TimeSpan Initial { get; set; } = TimeSpan.FromMinutes(1);
        public TimeSpan Max { get; set; } = TimeSpan.FromHours(1);

        public TimeSpan After(int consecutiveFailures)
        {
            var factor = Math.Pow(2, Math.Clamp(consecutiveFailures - 1, 0, 30));
            return TimeSpan.FromTicks((long)Math.Min(Max.Ticks, Initial.Ticks * factor));
        }
    }
}
