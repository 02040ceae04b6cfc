namespace AnalisaAI.Api.Features.Influencers;

/// <summary>The writable fields of an influencer, shared by the create and update bodies.</summary>
public interface IInfluencerFields
{
    string? Handle { get; }
    string? Platform { get; }
    string? DisplayName { get; }
    long? Followers { get; }
    long? Following { get; }
    long? PostsCount { get; }
    IReadOnlyList<string?>? Categories { get; }
}
