namespace AnalisaAI.Api.Features.Influencers;

public sealed class Story : IIngestedItem
{
    public long Id { get; set; }
    public Guid InfluencerId { get; set; }
    public required string ExternalId { get; set; }
    public DateTime PublishedAt { get; set; }
    public long Views { get; set; }
    public long? Reach { get; set; }
    public long? Exits { get; set; }
    public long? Replies { get; set; }
}
