using System.Globalization;

namespace AnalisaAI.FreshnessSimulation;

/// <summary>The command line: <c>--influencers N --users U [--popular P] [--views V] [--seed S]</c>.</summary>
public sealed record SimulationOptions(int Influencers, int Users, int Popular, int ViewsPerVisit, int Seed)
{
    public const string Usage =
        "usage: dotnet run -c Release --project tests/AnalisaAI.FreshnessSimulation -- [--influencers 10000] [--users 100] [--popular 50] [--views 3] [--seed 2026]";

    public static SimulationOptions Parse(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, int>(StringComparer.Ordinal)
        {
            ["--influencers"] = 10_000,
            ["--users"] = 100,
            ["--popular"] = 50,
            ["--views"] = 3,
            ["--seed"] = 2026,
        };
        for (var i = 0; i < args.Count; i += 2)
        {
            if (!values.ContainsKey(args[i]) || i + 1 >= args.Count
                || !int.TryParse(args[i + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < 0)
            {
                throw new ArgumentException($"Unknown option or bad value near '{args[i]}'.");
            }

            values[args[i]] = value;
        }

        var options = new SimulationOptions(values["--influencers"], values["--users"], values["--popular"], values["--views"], values["--seed"]);
        if (options.Influencers < 1 || options.Popular < 1)
        {
            throw new ArgumentException("--influencers and --popular must be at least 1.");
        }

        return options;
    }
}
