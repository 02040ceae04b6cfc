using Mediator;

namespace AnalisaAI.Api.Features.Influencers.DeleteInfluencer;

public sealed record DeleteInfluencerCommand(Guid Id) : ICommand;
