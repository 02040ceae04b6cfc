using AnalisaAI.Api.Features.MetricsUpdate.Runs;

namespace AnalisaAI.Api.Features.MetricsUpdate.Instances;

/// <summary>
/// A running app instance, as the update sees it: its id stamps the runs it starts, and its heartbeat tells
/// the others it is alive, so that only a dead instance's runs are closed as interrupted.
/// </summary>
public sealed class Instance
{
    public const int IdMaxLength = MetricRun.InstanceIdMaxLength;

    public required string Id { get; set; }

    /// <summary>The instance's latest heartbeat.</summary>
    public DateTime SeenAt { get; set; }

    /// <summary>This process's id: unique per start, readable in the run log.</summary>
    public static string NewId()
    {
        var id = $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid():N}";
        return id.Length <= IdMaxLength ? id : id[^IdMaxLength..];
    }
}
