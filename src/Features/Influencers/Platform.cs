namespace AnalisaAI.Api.Features.Influencers;

public enum Platform
{
    Instagram,
    TikTok,
    Facebook,
    YouTube,
}
