namespace AnalisaAI.FreshnessSimulation;

/// <summary>One simulated hour: the catalogue's freshness at its end and the source calls made during it.</summary>
public sealed record HourFigures(int Hour, FreshnessSample AtEnd, int Calls);
