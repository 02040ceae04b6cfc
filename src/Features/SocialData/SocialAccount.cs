using AnalisaAI.Api.Features.Influencers;

namespace AnalisaAI.Api.Features.SocialData;

public sealed record SocialAccount(Guid InfluencerId, string Handle, Platform Platform);
