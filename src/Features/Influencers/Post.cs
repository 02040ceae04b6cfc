namespace AnalisaAI.Api.Features.Influencers;

public sealed class Post : IIngestedItem
{
    public long Id { get; set; }
    public Guid InfluencerId { get; set; }
    public required string ExternalId { get; set; }
    public DateTime PublishedAt { get; set; }
    public ContentType ContentType { get; set; }
    public long Likes { get; set; }
    public long Comments { get; set; }
    public long? Shares { get; set; }
    public long? Saves { get; set; }
    public long? Views { get; set; }
    public long? Reach { get; set; }
    public long? Impressions { get; set; }
}
