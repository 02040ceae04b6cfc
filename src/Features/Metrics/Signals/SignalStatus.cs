namespace AnalisaAI.Api.Features.Metrics.Signals;

/// <summary>The statuses a flag can have, as the API spells them.</summary>
public static class SignalStatus
{
    public const string Raised = "raised";
    public const string Clear = "clear";
    public const string InsufficientData = "insufficientData";

    public static readonly IReadOnlyList<string> All = [Raised, Clear, InsufficientData];
}
