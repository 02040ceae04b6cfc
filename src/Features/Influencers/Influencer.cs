namespace AnalisaAI.Api.Features.Influencers;

public sealed class Influencer
{
    public const int HandleMaxLength = 100;
    public const int DisplayNameMaxLength = 200;
    public const int BiographyMaxLength = 2200;
    public const int LastUpdateErrorMaxLength = 1000;

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

    // UpdatedAt, LastUpdate*, LatestRunId and RelevanceOverall are the update's read model of the latest run:
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

    /// <summary>Application-managed concurrency token, renewed on every write (works on SQLite and SQL Server).</summary>
    public Guid Version { get; set; }

    public List<Category> Categories { get; set; } = [];

    public static string Normalize(string handle) => handle.Trim().TrimStart('@').ToLowerInvariant();
}
