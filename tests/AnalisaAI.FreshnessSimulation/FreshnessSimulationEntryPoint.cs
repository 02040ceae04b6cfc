namespace AnalisaAI.FreshnessSimulation;

/// <summary>
/// A day of the automatic metrics update on a fake clock, with the sweep and without: progress on stderr, the
/// Markdown table on stdout. (A class, not top-level statements: the app's own <c>Program</c> is hosted.)
/// </summary>
public static class FreshnessSimulationEntryPoint
{
    public static async Task<int> Main(string[] args)
    {
        SimulationOptions options;
        try
        {
            options = SimulationOptions.Parse(args);
        }
        catch (ArgumentException exception)
        {
            await Console.Error.WriteLineAsync(exception.Message);
            await Console.Error.WriteLineAsync(SimulationOptions.Usage);
            return 2;
        }

        var on = await new DaySimulation(options, sweep: true, Console.Error).RunAsync();
        var off = await new DaySimulation(options, sweep: false, Console.Error).RunAsync();
        Console.Write(ResultTable.Write(options, on, off));
        return 0;
    }
}
