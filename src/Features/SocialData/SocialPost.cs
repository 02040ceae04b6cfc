using AnalisaAI.Api.Features.Influencers;

namespace AnalisaAI.Api.Features.SocialData;

/// <summary>A recent post as a source reports it; the profile stage upserts it by <see cref="ExternalId"/>.</summary>
public sealed record SocialPost(
    string ExternalId,
    DateTime PublishedAt,
    ContentType ContentType,
    long Likes,
    long Comments,
    long? Views);
