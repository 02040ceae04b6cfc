using AnalisaAI.Api.Features.Influencers;

namespace AnalisaAI.Api.Features.Metrics.Profile;

/// <summary>The profile the later stages read: F and following are those after this stage.</summary>
public sealed record ProfileResult(Platform Platform, long Followers, long? Following, int PostsUpserted);
