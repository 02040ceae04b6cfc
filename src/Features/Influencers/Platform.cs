using System.Text.Json.Serialization;

namespace AnalisaAI.Api.Features.Influencers;

/// <summary>The API's names are one word each (<c>tiktok</c>, <c>youtube</c>), not the snake_case of the member names.</summary>
public enum Platform
{
    Instagram,

    [JsonStringEnumMemberName("tiktok")]
    TikTok,

    Facebook,

    [JsonStringEnumMemberName("youtube")]
    YouTube,
}
