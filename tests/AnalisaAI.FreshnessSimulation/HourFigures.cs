namespace AnalisaAI.FreshnessSimulation;

/// <summary>One simulated hour: the catalogue's freshness at its end, the source calls made during it, and whether anything was due at its start.</summary>
public sealed record HourFigures(int Hour, FreshnessSample AtEnd, int Calls, int DueAtStart);
