namespace AnalisaAI.Api.Features.Influencers;

/// <summary>Member names are single words so that JSON and storage spell them as api.md does (tiktok, youtube).</summary>
public enum Platform
{
    Instagram,
    Tiktok,
    Facebook,
    Youtube,
}
