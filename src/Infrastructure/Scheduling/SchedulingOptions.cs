using System.ComponentModel.DataAnnotations;

namespace AnalisaAI.Api.Infrastructure.Scheduling;

/// <summary>
/// How fast a cluster notices a dead instance (SQL Server and PostgreSQL): every instance checks in every
/// ClusterCheckinInterval, and one silent for longer than that plus ClusterCheckinMisfireThreshold is
/// declared dead, its running jobs recovered by another (Quartz's cluster), its manual runs queued again
/// (the metrics update's heartbeat, which beats at the same interval). Shorter values mean faster failover
/// and more writes.
/// </summary>
public sealed class SchedulingOptions
{
    public const string Section = "Scheduling";

    [Range(typeof(TimeSpan), "00:00:01", "00:10:00", ErrorMessage = "Scheduling:ClusterCheckinInterval must be between 1 second and 10 minutes.")]
    public TimeSpan ClusterCheckinInterval { get; set; } = TimeSpan.FromSeconds(10);

    [Range(typeof(TimeSpan), "00:00:01", "00:10:00", ErrorMessage = "Scheduling:ClusterCheckinMisfireThreshold must be between 1 second and 10 minutes.")]
    public TimeSpan ClusterCheckinMisfireThreshold { get; set; } = TimeSpan.FromSeconds(7.5);

    /// <summary>An instance silent this long is taken for dead.</summary>
    public TimeSpan DeadAfter => ClusterCheckinInterval + ClusterCheckinMisfireThreshold;
}
