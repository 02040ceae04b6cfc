using Mediator;

namespace AnalisaAI.Api.Features.Metrics.Profile;

/// <summary>
/// Stage 0: refresh the influencer's profile (and recent posts) from the social data source and store it, with
/// the audience snapshot of <paramref name="CalculatedAt"/>'s date (the run's T).
/// </summary>
public sealed record ProfileCommand(Guid InfluencerId, DateTime CalculatedAt) : ICommand<ProfileResult>;
