namespace AnalisaAI.Api.Features.Influencers;

public sealed class AudienceSnapshot
{
    public long Id { get; set; }
    public Guid InfluencerId { get; set; }
    public DateOnly Date { get; set; }
    public long Followers { get; set; }
    public long? Following { get; set; }
    public long? Gained { get; set; }
    public long? Lost { get; set; }
    public long? ProfileViews { get; set; }
}
