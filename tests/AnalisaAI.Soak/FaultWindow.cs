namespace AnalisaAI.Soak;

public enum FaultKind
{
    InstanceKill,
    DatabaseRestart,
}

/// <summary>A fault as it happened, in time since the traffic started: from its first action to the end of its recovery step.</summary>
public sealed record FaultWindow(FaultKind Kind, string Label, TimeSpan Start, TimeSpan End);
