using System.ComponentModel.DataAnnotations;

namespace AnalisaAI.Api.Features.MetricUpdates;

public sealed class MetricsUpdateOptions
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
}
