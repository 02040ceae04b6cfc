using Mediator;

namespace AnalisaAI.Api.Features.Metrics.Profile;

/// <summary>Stage 0: refresh the influencer's profile (and recent posts) from the social data source and store it.</summary>
public sealed record ProfileCommand(Guid InfluencerId) : ICommand<ProfileResult>;
