namespace AnalisaAI.Api.Features.Influencers;

public sealed class Category
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public List<Influencer> Influencers { get; set; } = [];
}
