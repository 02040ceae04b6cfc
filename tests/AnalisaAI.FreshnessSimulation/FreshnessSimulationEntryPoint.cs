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

        // The hosted app logs to the console: its lines go to stderr with the progress, the table alone to stdout.
        var report = Console.Out;
        Console.SetOut(Console.Error);
        await using var stub = await GraphApiStub.StartAsync(DaySimulation.Start);
        using var setup = await SimulationSetup.CreateAsync(options, stub, Console.Error);
        var on = await new DaySimulation(options, setup, stub, sweep: true, Console.Error).RunAsync();
        var off = await new DaySimulation(options, setup, stub, sweep: false, Console.Error).RunAsync();
        await report.WriteAsync(ResultTable.Write(options, on.CallsPerHour, on, off));
        await report.FlushAsync();
        return 0;
    }
}
