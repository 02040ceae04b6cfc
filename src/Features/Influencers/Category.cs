namespace AnalisaAI.Api.Features.Influencers;

public sealed class Category
{
    public const int NameMaxLength = 50;

    public int Id { get; set; }
    public required string Name { get; set; }
    public List<Influencer> Influencers { get; set; } = [];
}
