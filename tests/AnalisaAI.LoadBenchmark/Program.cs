using System.Runtime.InteropServices;
using AnalisaAI.LoadBenchmark;

// Starts the published API (and, for comparison, a minimal MapIdentityApi app) as separate processes on
// loopback ports, each on a fresh SQLite file, and prints the results of each section side by side.
if (args is ["--help"] or ["-h"])
{
    Console.WriteLine(BenchmarkOptions.Usage);
    return 0;
}

BenchmarkOptions options;
try
{
    options = BenchmarkOptions.Parse(args);
}
catch (ArgumentException exception)
{
    Console.Error.WriteLine(exception.Message);
    Console.Error.WriteLine(BenchmarkOptions.Usage);
    return 2;
}

var scratch = Directory.CreateTempSubdirectory("analisaai-loadbenchmark-").FullName;
try
{
    var servers = new Servers(await PublishedApps.PublishAsync(scratch), scratch);
    Console.WriteLine($"## Load benchmark: {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}");
    Console.WriteLine($"Arguments: --clients {options.Clients} --seconds {options.Seconds} --sections {string.Join(",", options.Sections)} --recalculations {options.Recalculations} --catalogue {options.SmallCatalogue} --large-catalogue {options.LargeCatalogue}");

    if (options.Runs(BenchmarkOptions.Load))
    {
        await LoadSection.RunAsync(servers, options);
    }

    if (options.Runs(BenchmarkOptions.Sequential))
    {
        await SequentialSection.RunAsync(servers, options);
    }

    if (options.Runs(BenchmarkOptions.Catalogue))
    {
        await CatalogueSection.RunAsync(servers, options);
    }

    if (options.Runs(BenchmarkOptions.Backlog))
    {
        await BacklogSection.RunAsync(servers, options);
    }

    if (options.Runs(BenchmarkOptions.Light))
    {
        await LightTrafficSection.RunAsync(servers, options);
    }

    if (options.Runs(BenchmarkOptions.Csv))
    {
        await CsvSection.RunAsync(servers, options);
    }

    return 0;
}
finally
{
    Directory.Delete(scratch, recursive: true);
}
