using System.Runtime.InteropServices;
using AnalisaAI.Soak;

// A soak with faults: two instances of the published API on a throwaway PostgreSQL, mixed traffic for
// --minutes, an instance killed and the database restarted on schedule; a Markdown report at the end.
if (args is ["--help"] or ["-h"])
{
    Console.WriteLine(SoakOptions.Usage);
    return 0;
}

SoakOptions options;
try
{
    options = SoakOptions.Parse(args);
}
catch (ArgumentException exception)
{
    Console.Error.WriteLine(exception.Message);
    Console.Error.WriteLine(SoakOptions.Usage);
    return 2;
}

// Ctrl+C or SIGTERM: stop the traffic, then stop and delete the instances and the cluster (a second Ctrl+C ends at once).
using var interrupted = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    if (!interrupted.IsCancellationRequested)
    {
        e.Cancel = true;
        Console.Error.WriteLine("Interrupted: cleaning up ...");
        interrupted.Cancel();
    }
};
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
{
    context.Cancel = true;
    interrupted.Cancel();
});

try
{
    return await SoakRun.RunAsync(options, interrupted.Token);
}
catch (OperationCanceledException) when (interrupted.IsCancellationRequested)
{
    Console.Error.WriteLine("Interrupted; the cluster and the instances are gone.");
    return 130;
}
