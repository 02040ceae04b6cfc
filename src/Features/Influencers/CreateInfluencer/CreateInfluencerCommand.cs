using Mediator;

namespace AnalisaAI.Api.Features.Influencers.CreateInfluencer;

/// <summary>Fields are nullable so that a missing one is a validation error, not a silent default.</summary>
public sealed record CreateInfluencerCommand(
    string? Handle,
    string? Platform,
    string? DisplayName,
    long? Followers,
    long? Following,
    long? PostsCount,
    IReadOnlyList<string?>? Categories) : ICommand<InfluencerResponse>, IInfluencerFields;
