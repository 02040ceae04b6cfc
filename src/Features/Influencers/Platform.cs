namespace AnalisaAI.Api.Features.Influencers;

public enum Platform
{
    Instagram,
    Tiktok,
    Facebook,
    Youtube,
}
