namespace AnalisaAI.Api.Features.SocialData;

/// <summary>When a live source last gave an influencer's profile (table <c>SocialProfileFetches</c>), for the refetch minimum age.</summary>
public sealed class SocialProfileFetch
{
    public Guid InfluencerId { get; set; }
    public DateTime FetchedAt { get; set; }
}
