namespace AnalisaAI.Api.Features.Influencers;

public enum ContentType
{
    Image,
    Video,
    Carousel,
    Reel,
    Short,
    Text,
}
