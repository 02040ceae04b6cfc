using System.Text.Json.Serialization;

namespace AnalisaAI.Api.Features.SocialData;

/// <summary>The shapes of the Graph API's answers this source reads.</summary>
public sealed partial class InstagramGraphSocialDataSource
{
    private sealed record GraphEnvelope([property: JsonPropertyName("business_discovery")] GraphUser? BusinessDiscovery);

    private sealed record GraphUser(
        [property: JsonPropertyName("username")] string? Username,
        [property: JsonPropertyName("name")] string? Name,
        [property: JsonPropertyName("biography")] string? Biography,
        [property: JsonPropertyName("followers_count")] long? FollowersCount,
        [property: JsonPropertyName("follows_count")] long? FollowsCount,
        [property: JsonPropertyName("media_count")] long? MediaCount,
        [property: JsonPropertyName("media")] GraphMediaPage? Media);

    private sealed record GraphMediaPage([property: JsonPropertyName("data")] IReadOnlyList<GraphMedia>? Data);

    private sealed record GraphMedia(
        [property: JsonPropertyName("id")] string? Id,
        [property: JsonPropertyName("timestamp")] string? Timestamp,
        [property: JsonPropertyName("media_type")] string? MediaType,
        [property: JsonPropertyName("media_product_type")] string? MediaProductType,
        [property: JsonPropertyName("like_count")] long? LikeCount,
        [property: JsonPropertyName("comments_count")] long? CommentsCount);

    private sealed record GraphErrorEnvelope([property: JsonPropertyName("error")] GraphError? Error);

    private sealed record GraphError(
        [property: JsonPropertyName("message")] string? Message,
        [property: JsonPropertyName("type")] string? Type,
        [property: JsonPropertyName("code")] int? Code,
        [property: JsonPropertyName("error_subcode")] int? Subcode,
        [property: JsonPropertyName("fbtrace_id")] string? TraceId);
}
