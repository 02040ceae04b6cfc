using Mediator;

namespace AnalisaAI.Api.Features.Influencers.GetInfluencer;

public sealed record GetInfluencerQuery(Guid Id) : IQuery<InfluencerResponse>;
