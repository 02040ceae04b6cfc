namespace AnalisaAI.Api.Features.Influencers;

public sealed class Influencer
{
    public const int HandleMaxLength = 100;
    public const int DisplayNameMaxLength = 200;
    public const int BiographyMaxLength = 2200;
    public const int FollowerTierMaxLength = 8;
    public const int DataConfidenceMaxLength = 8;
    public const int RaisedFlagsMaxLength = 200;
    public const int LastUpdateErrorMaxLength = 1000;
    private const char FlagSeparator = ';';

    public Guid Id { get; set; }
    public required string Handle { get; set; }

    /// <summary>Lower-cased handle: with <see cref="Platform"/> the unique key, compared case-insensitively.</summary>
    public required string NormalizedHandle { get; set; }

    public Platform Platform { get; set; }
    public string? DisplayName { get; set; }
    public string? Biography { get; set; }
    public long? Followers { get; set; }
    public long? Following { get; set; }
    public long? PostsCount { get; set; }
    public DateTime CreatedAt { get; set; }

    // UpdatedAt, LastUpdate*, LatestRunId, RelevanceOverall, KnownComponents, EngagementRate, GrowthRate30 and the
    // benchmark and signals columns below are the update's read model of the latest run:
    // only the update's RunLifecycle writes them; the catalogue reads them.

    /// <summary>When the metrics were last calculated by a successful run; null before that.</summary>
    public DateTime? UpdatedAt { get; set; }

    public LatestRunStatus LastUpdateStatus { get; set; }
    public DateTime? LastUpdateAt { get; set; }
    public string? LastUpdateError { get; set; }

    /// <summary>
    /// When new data about the influencer last arrived: an ingestion into it, or a successful fetch from a live
    /// source; null before either. A run that recomputes from stored data leaves it as it is.
    /// </summary>
    public DateTime? DataAsOf { get; set; }

    /// <summary>The run whose results are the influencer's current metrics.</summary>
    public Guid? LatestRunId { get; set; }

    /// <summary>The latest run's overall relevance, kept here so listing can filter and sort on an index.</summary>
    public double? RelevanceOverall { get; set; }

    /// <summary>
    /// How many of relevance's five components the latest run computed from data (five minus its
    /// relevance.estimatedComponents); 0 before a run. The list puts rows under 3 after the others.
    /// </summary>
    public int KnownComponents { get; set; }

    /// <summary>The latest run's engagement.engagementRate, for the list's range filter and sort.</summary>
    public double? EngagementRate { get; set; }

    /// <summary>The latest run's growth.growthRate30, for the list's sort.</summary>
    public double? GrowthRate30 { get; set; }

    /// <summary>The latest run's benchmark.followerTier (null: no tier, or no benchmark), for the list's filter.</summary>
    public string? FollowerTier { get; set; }

    /// <summary>The latest run's benchmark.erPercentile, for the list's filter and sort.</summary>
    public double? ErPercentile { get; set; }

    /// <summary>The latest run's signals.dataConfidence (high, medium, low); null without signals.</summary>
    public string? DataConfidence { get; set; }

    /// <summary>
    /// The latest run's signals.raisedFlags as ";id;id;" ("" when none is raised), so the list filters on one flag
    /// with a LIKE; null without signals.
    /// </summary>
    public string? RaisedFlags { get; set; }

    /// <summary>The <see cref="RaisedFlags"/> text for these raised flags.</summary>
    public static string FormatFlags(IReadOnlyList<string> raised) =>
        raised.Count == 0 ? "" : $"{FlagSeparator}{string.Join(FlagSeparator, raised)}{FlagSeparator}";

    /// <summary>What <see cref="RaisedFlags"/> contains when <paramref name="flag"/> is raised.</summary>
    public static string FlagPattern(string flag) => $"{FlagSeparator}{flag}{FlagSeparator}";

    public static IReadOnlyList<string>? ParseFlags(string? stored) =>
        stored?.Split(FlagSeparator, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Application-managed concurrency token, renewed on every write (works on SQLite and SQL Server).</summary>
    public Guid Version { get; set; }

    public List<Category> Categories { get; set; } = [];

    public static string Normalize(string handle) => handle.Trim().TrimStart('@').ToLowerInvariant();
}
