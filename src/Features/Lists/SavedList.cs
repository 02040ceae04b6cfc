namespace AnalisaAI.Api.Features.Lists;

/// <summary>An analyst's named selection of influencers, visible to its owner only.</summary>
public sealed class SavedList
{
    public const int NameMaxLength = 100;
    public const int MaxListsPerOwner = 100;
    public const int MaxItems = 1_000;

    public Guid Id { get; set; }

    /// <summary>The user who made it (the access token's subject); nobody else ever sees it.</summary>
    public Guid OwnerId { get; set; }

    public required string Name { get; set; }
    public DateTime CreatedAt { get; set; }

    /// <summary>Changes on a rename and whenever an influencer is added or removed.</summary>
    public DateTime UpdatedAt { get; set; }
}
