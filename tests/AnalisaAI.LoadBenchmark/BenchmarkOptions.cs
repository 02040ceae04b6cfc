namespace AnalisaAI.LoadBenchmark;

/// <summary>What to run and for how long; every phase is bounded by <see cref="Seconds"/>.</summary>
public sealed record BenchmarkOptions(
    int Clients,
    TimeSpan PhaseDuration,
    IReadOnlySet<string> Sections,
    int Recalculations,
    int SmallCatalogue,
    int LargeCatalogue)
{
    public const string Load = "load";
    public const string Sequential = "sequential";
    public const string Catalogue = "catalogue";
    public const string Backlog = "backlog";
    public const string Light = "light";
    public const string Csv = "csv";

    public static readonly string[] AllSections = [Load, Sequential, Catalogue, Backlog, Light, Csv];

    public static string Usage => """
        Usage: dotnet run -c Release --project tests/AnalisaAI.LoadBenchmark -- [options]
          --clients C          concurrent clients in the load section (default 8)
          --seconds S          length of each measured phase (default 30, at most 300)
          --sections LIST      comma-separated: load,sequential,catalogue,backlog,light,csv (default: all)
          --recalculations N   manual recalculations in the backlog and light sections, after as many unmeasured (default 4000)
          --catalogue N        influencers in every catalogue but the large one (default 1000; csv: the small export)
          --large-catalogue N  influencers in the large catalogue (default 100000; csv: the large export)
        """;

    public int Seconds => (int)PhaseDuration.TotalSeconds;

    public bool Runs(string section) => Sections.Contains(section);

    public static BenchmarkOptions Parse(string[] args)
    {
        var options = new BenchmarkOptions(8, TimeSpan.FromSeconds(30), AllSections.ToHashSet(), 4_000, 1_000, 100_000);
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value.");
            options = args[i] switch
            {
                "--clients" => options with { Clients = Positive(args[i], value, 256) },
                "--seconds" => options with { PhaseDuration = TimeSpan.FromSeconds(Positive(args[i], value, 300)) },
                "--sections" => options with { Sections = ParseSections(value) },
                "--recalculations" => options with { Recalculations = Positive(args[i], value, 100_000) },
                "--catalogue" => options with { SmallCatalogue = Positive(args[i], value, 1_000_000) },
                "--large-catalogue" => options with { LargeCatalogue = Positive(args[i], value, 10_000_000) },
                _ => throw new ArgumentException($"Unknown option {args[i]}."),
            };
            i++;
        }

        return options;
    }

    private static int Positive(string name, string value, int max) =>
        int.TryParse(value, out var number) && number >= 1 && number <= max
            ? number
            : throw new ArgumentException($"{name} must be a whole number from 1 to {max}.");

    private static HashSet<string> ParseSections(string value)
    {
        var sections = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet();
        var unknown = sections.Except(AllSections).ToList();
        return unknown.Count == 0 && sections.Count > 0
            ? sections
            : throw new ArgumentException($"--sections takes {string.Join(",", AllSections)}.");
    }
}
