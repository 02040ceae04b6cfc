namespace AnalisaAI.Api.Features.Lists;

/// <summary>
/// One influencer in a list. <see cref="Position"/> grows with every add, so "in the order added" does not depend
/// on two adds in the same instant; (list, influencer) is the key, so an influencer is in a list at most once.
/// </summary>
public sealed class SavedListItem
{
    public Guid ListId { get; set; }
    public Guid InfluencerId { get; set; }
    public long Position { get; set; }
    public DateTime AddedAt { get; set; }
}
