using System.Collections.Concurrent;

namespace AnalisaAI.Soak;

/// <summary>A post as the ingestion route takes it.</summary>
public sealed record PostItem(string ExternalId, DateTime PublishedAt, string ContentType, long Likes, long Comments, long Shares, long Saves, long Reach, long Impressions);

/// <summary>A batch of posts the API acknowledged (200) for an influencer.</summary>
public sealed record AcknowledgedBatch(Guid InfluencerId, IReadOnlyList<PostItem> Items);

/// <summary>A recalculation the API acknowledged (202) with the run it names, and when (UTC, to compare with the run log).</summary>
public sealed record AcknowledgedRecalculation(Guid InfluencerId, Guid RunId, DateTime AtUtc);

/// <summary>Every write the API acknowledged during the soak: what must still be there at the end.</summary>
public sealed class Acknowledgements
{
    public ConcurrentQueue<AcknowledgedBatch> Batches { get; } = new();
    public ConcurrentQueue<AcknowledgedRecalculation> Recalculations { get; } = new();
}
