using AnalisaAI.Api.Features.Metrics;

namespace AnalisaAI.Api.Features.Influencers;

/// <summary>The influencer as every read and write of the catalogue returns it.</summary>
public sealed record InfluencerResponse(
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
    LastUpdateResponse LastUpdate,
    MetricsResponse? Metrics)
{
    public static InfluencerResponse From(Influencer influencer, IReadOnlyList<string> categories, MetricsResponse? metrics) => new(
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
        new LastUpdateResponse(influencer.LastUpdateStatus, influencer.LastUpdateAt, influencer.LastUpdateError),
        metrics);
}
