namespace AnalisaAI.Api.Features.Influencers;

/// <summary>A post or story: ingested in batches and upserted by its source's id within its influencer.</summary>
public interface IIngestedItem
{
    const int ExternalIdMaxLength = 128;

    Guid InfluencerId { get; }

    string ExternalId { get; }
}
