namespace AnalisaAI.Api.Features.MetricsUpdate.Runs;

/// <summary>One recalculation of one influencer's metrics: the run log and the key of its stage results.</summary>
public sealed class MetricRun
{
    public const int FailedStageMaxLength = 32;
    public const int ErrorMaxLength = 1000;
    public const int InstanceIdMaxLength = 100;
    public const int ProfileNoteMaxLength = 300;

    public Guid Id { get; set; }
    public Guid InfluencerId { get; set; }
    public RunTrigger Trigger { get; set; }
    public RunStatus Status { get; set; }
    public DateTime StartedAt { get; set; }
    public DateTime? FinishedAt { get; set; }

    /// <summary>The calculation instant T every stage of the run used.</summary>
    public DateTime? CalculatedAt { get; set; }

    /// <summary>The influencer's data age when the run read its data (see <c>Influencer.DataAsOf</c>).</summary>
    public DateTime? DataAsOf { get; set; }

    public string? FailedStage { get; set; }
    public string? Error { get; set; }

    /// <summary>The app instance that runs (or last ran) it, so a dead instance's runs can be closed or, manual ones, queued again.</summary>
    public string? InstanceId { get; set; }

    /// <summary>Why the profile was not refreshed from the source (paused, unauthorized, out of budget, fetched recently); null when it was.</summary>
    public string? ProfileNote { get; set; }
}
