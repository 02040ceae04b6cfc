using AnalisaAI.Api.Features.Metrics;

namespace AnalisaAI.Api.Features.Influencers;

/// <summary>
/// The influencer as every read and write of the catalogue returns it. <paramref name="DataAsOf"/> (when new data
/// last arrived) sits beside <paramref name="UpdatedAt"/> (when it was last calculated), and
/// <paramref name="DataTargetSeconds"/> is the data age the update aims for, so a client can mark old data
/// without knowing the server's settings.
/// </summary>
public record InfluencerResponse(
    Guid Id,
    string Handle,
    Platform Platform,
    string? DisplayName,
    long? Followers,
    long? Following,
    long? PostsCount,
    IReadOnlyList<string> Categories,
    DateTime CreatedAt,
    DateTime? UpdatedAt,
    DateTime? DataAsOf,
    double DataTargetSeconds,
    LastUpdateResponse LastUpdate,
    MetricsResponse? Metrics)
{
    public static InfluencerResponse From(Influencer influencer, IReadOnlyList<string> categories, MetricsResponse? metrics, TimeSpan dataTarget) => new(
        influencer.Id,
        influencer.Handle,
        influencer.Platform,
        influencer.DisplayName,
        influencer.Followers,
        influencer.Following,
        influencer.PostsCount,
        categories,
        influencer.CreatedAt,
        influencer.UpdatedAt,
        influencer.DataAsOf,
        dataTarget.TotalSeconds,
        new LastUpdateResponse(influencer.LastUpdateStatus, influencer.LastUpdateAt, influencer.LastUpdateError),
        metrics);
}
