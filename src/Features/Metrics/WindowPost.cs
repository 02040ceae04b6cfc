using AnalisaAI.Api.Features.Influencers;

namespace AnalisaAI.Api.Features.Metrics;

/// <summary>One post of the window P, with every field a stage reads.</summary>
public sealed record WindowPost(
    string ExternalId, DateTime PublishedAt, ContentType ContentType, long Likes, long Comments, long? Shares, long? Saves, long? Reach, long? Views)
{
    /// <summary>What the part-2 rules read of it.</summary>
    public SamplePost Sample => new(
        ExternalId, PublishedAt, ContentType is ContentType.Video or ContentType.Reel or ContentType.Short, Likes, Comments, Views);
}
