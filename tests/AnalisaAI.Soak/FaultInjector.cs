using System.Diagnostics;

namespace AnalisaAI.Soak;

/// <summary>
/// Runs the fault schedule against the soak's clock and records each fault's window: an instance killed with
/// SIGKILL and started again (window: kill to ready), PostgreSQL stopped fast and started again (window: stop to started).
/// </summary>
public sealed class FaultInjector(SoakOptions options, ApiInstance killed, PostgresCluster database, Stopwatch clock)
{
    private readonly List<FaultWindow> windows = [];

    public IReadOnlyList<FaultWindow> Windows
    {
        get
        {
            lock (windows)
            {
                return [.. windows];
            }
        }
    }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var faults = new List<(TimeSpan At, Func<Task> Act)>();
        if (options.KillAt is { } killAt)
        {
            faults.Add((options.Duration * killAt, () => KillAndRestartAsync(cancellationToken)));
        }

        if (options.DbRestartAt is { } restartAt)
        {
            faults.Add((options.Duration * restartAt, () => RestartDatabaseAsync(cancellationToken)));
        }

        foreach (var (at, act) in faults.OrderBy(f => f.At))
        {
            var wait = at - clock.Elapsed;
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, cancellationToken);
            }

            await act();
        }
    }

    private async Task KillAndRestartAsync(CancellationToken cancellationToken)
    {
        var start = clock.Elapsed;
        Log($"killing {killed.Name} (SIGKILL)");
        killed.Kill();
        await Task.Delay(TimeSpan.FromSeconds(options.RestartAfterSeconds), cancellationToken);
        Log($"starting {killed.Name} again");
        await killed.StartAsync(clock, cancellationToken);
        Log($"{killed.Name} is ready again");
        Add(new FaultWindow(FaultKind.InstanceKill, $"{killed.Name} killed (SIGKILL) and restarted", start, clock.Elapsed));
    }

    private async Task RestartDatabaseAsync(CancellationToken cancellationToken)
    {
        var start = clock.Elapsed;
        Log("stopping PostgreSQL (-m fast)");
        await database.StopFastAsync(cancellationToken);
        await Task.Delay(TimeSpan.FromSeconds(options.DbDownSeconds), cancellationToken);
        Log("starting PostgreSQL");
        await database.StartServerAsync(cancellationToken);
        Log("PostgreSQL is up again");
        Add(new FaultWindow(FaultKind.DatabaseRestart, "PostgreSQL stopped (fast) and started", start, clock.Elapsed));
    }

    private void Add(FaultWindow window)
    {
        lock (windows)
        {
            windows.Add(window);
        }
    }

    private void Log(string message) => Console.WriteLine($"[{clock.Elapsed:hh\\:mm\\:ss}] fault: {message}");
}
