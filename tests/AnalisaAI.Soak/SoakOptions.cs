using System.Globalization;

namespace AnalisaAI.Soak;

/// <summary>How long the soak runs, what it does and when its faults happen (as fractions of the run).</summary>
public sealed record SoakOptions
{
    public double Minutes { get; init; } = 60;

    /// <summary>When instance B is SIGKILLed, as a fraction of the run; null: never.</summary>
    public double? KillAt { get; init; } = 0.2;

    /// <summary>When PostgreSQL is stopped (fast) and started again, as a fraction of the run; null: never.</summary>
    public double? DbRestartAt { get; init; } = 0.5;

    public double WarmupMinutes { get; init; } = 10;
    public int Users { get; init; } = 4;
    public int Influencers { get; init; } = 100;

    /// <summary>How long the killed instance stays dead before it is started again.</summary>
    public int RestartAfterSeconds { get; init; } = 5;

    /// <summary>How long PostgreSQL stays stopped.</summary>
    public int DbDownSeconds { get; init; } = 5;

    /// <summary>After a fault ends, how long its effects still count as the fault's (pools reconnecting, jobs recovered).</summary>
    public int GraceSeconds { get; init; } = 10;

    /// <summary>How often the soak induces a full collection in each instance to read its live heap; 0: never.</summary>
    public double LiveHeapEveryMinutes { get; init; } = 10;

    /// <summary>
    /// Environment variables given to instance B only (KEY=VALUE), to compare a runtime setting side by side with A
    /// under the same traffic on the same machine, e.g. MALLOC_ARENA_MAX=2.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, string>> InstanceBEnvironment { get; init; } = [];

    /// <summary>Where the report and the logs go; default TestResults/soak/&lt;UTC time&gt; in the repository.</summary>
    public string? Output { get; init; }

    public TimeSpan Duration => TimeSpan.FromMinutes(Minutes);
    public TimeSpan Warmup => TimeSpan.FromMinutes(WarmupMinutes);

    public static string Usage => """
        Usage: dotnet run -c Release --project tests/AnalisaAI.Soak -- [options]
          --minutes M              length of the traffic (default 60)
          --warmup-minutes W       memory before this (after each instance's start) is left out of the slope (default 10)
          --kill-at F|none         SIGKILL instance B at this fraction of the run, restart it (default 0.2)
          --db-restart-at F|none   stop PostgreSQL (-m fast) at this fraction of the run, start it again (default 0.5)
          --restart-after S        seconds the killed instance stays down (default 5)
          --db-down S              seconds PostgreSQL stays down (default 5)
          --grace S                seconds after a fault that still count as its window (default 10)
          --live-heap-every M      induce a full GC in each instance every M minutes to read its live heap; 0: never (default 10)
          --users N                users signing in, refreshing and browsing (default 4)
          --influencers N          influencers in the catalogue (default 100)
          --instance-b-env K=V     an environment variable for instance B only, to compare a setting with A (repeatable)
          --output DIR             report and logs (default TestResults/soak/<UTC time> in the repository)
        Exit code: 0 when no 500 appeared, no acknowledged write was lost, every acknowledged recalculation was done
        and every 503 came with Retry-After during a database restart; 1 otherwise; 2 for bad options; 130 on Ctrl+C.
        """;

    public string CommandLine() => string.Create(CultureInfo.InvariantCulture,
        $"dotnet run -c Release --project tests/AnalisaAI.Soak -- --minutes {Minutes} --warmup-minutes {WarmupMinutes} " +
        $"--kill-at {Fraction(KillAt)} --db-restart-at {Fraction(DbRestartAt)} --live-heap-every {LiveHeapEveryMinutes} --users {Users} --influencers {Influencers}") +
        string.Concat(InstanceBEnvironment.Select(e => $" --instance-b-env {e.Key}={e.Value}"));

    public static SoakOptions Parse(string[] args)
    {
        var options = new SoakOptions();
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            var value = i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{name} needs a value.");
            options = name switch
            {
                "--minutes" => options with { Minutes = Number(name, value, 1, 24 * 60) },
                "--warmup-minutes" => options with { WarmupMinutes = Number(name, value, 0, 24 * 60) },
                "--kill-at" => options with { KillAt = FractionOrNone(name, value) },
                "--db-restart-at" => options with { DbRestartAt = FractionOrNone(name, value) },
                "--restart-after" => options with { RestartAfterSeconds = (int)Number(name, value, 0, 600) },
                "--db-down" => options with { DbDownSeconds = (int)Number(name, value, 0, 600) },
                "--grace" => options with { GraceSeconds = (int)Number(name, value, 0, 600) },
                "--live-heap-every" => options with { LiveHeapEveryMinutes = Number(name, value, 0, 24 * 60) },
                "--users" => options with { Users = (int)Number(name, value, 1, 200) },
                "--influencers" => options with { Influencers = (int)Number(name, value, 1, 100_000) },
                "--instance-b-env" => options with { InstanceBEnvironment = [.. options.InstanceBEnvironment, Variable(name, value)] },
                "--output" => options with { Output = value },
                _ => throw new ArgumentException($"Unknown option {name}."),
            };
        }

        return options;
    }

    private static double Number(string name, string value, double min, double max) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max
            ? number
            : throw new ArgumentException($"{name} must be a number from {min} to {max}.");

    private static KeyValuePair<string, string> Variable(string name, string value) =>
        value.IndexOf('=', StringComparison.Ordinal) is var at and > 0
            ? new(value[..at], value[(at + 1)..])
            : throw new ArgumentException($"{name} must be KEY=VALUE.");

    private static double? FractionOrNone(string name, string value) =>
        value == "none" ? null : Number(name, value, 0, 1);

    private static string Fraction(double? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "none";
}
