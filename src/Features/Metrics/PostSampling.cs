namespace AnalisaAI.Api.Features.Metrics;

/// <summary>The orderings and samples that part 2 of docs/metrics.md defines over the window's posts P.</summary>
public static class PostSampling
{
    /// <summary>The public sample Q holds at most this many of the newest posts.</summary>
    public const int PublicSampleMax = 12;

    /// <summary>P newest first; posts published at the same instant go by externalId ascending (ordinal).</summary>
    public static IReadOnlyList<SamplePost> NewestFirst(IEnumerable<SamplePost> posts) =>
        [.. posts.OrderByDescending(p => p.PublishedAt).ThenBy(p => p.ExternalId, StringComparer.Ordinal)];

    /// <summary>Q: the min(12, |P|) newest posts of P, in <see cref="NewestFirst"/> order.</summary>
    public static IReadOnlyList<SamplePost> PublicSample(IEnumerable<SamplePost> posts) =>
        [.. NewestFirst(posts).Take(PublicSampleMax)];
}
