namespace AnalisaAI.FreshnessSimulation;

/// <summary>The figures of one simulated day.</summary>
public sealed record DayResult(
    bool Sweep, FreshnessSample AtStart, IReadOnlyList<HourFigures> Hours, int Calls, int RunsSucceeded, int RunsNotSucceeded, TimeSpan Elapsed, int CallsPerHour)
{
    public FreshnessSample AtEnd => Hours[^1].AtEnd;
}
