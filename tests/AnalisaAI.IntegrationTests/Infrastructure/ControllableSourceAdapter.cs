using AnalisaAI.Api.Features.SocialData;

namespace AnalisaAI.IntegrationTests.Infrastructure;

/// <summary>Plugs the shared <see cref="ControllableSocialDataSource"/> into the app's scoped slot.</summary>
public sealed class ControllableSourceAdapter(ControllableSocialDataSource source) : ISocialDataSource
{
    // Stands in for stored data: its followers are not written as the day's snapshot.
    public bool IsLive => false;

    public Task<SocialProfile> FetchProfileAsync(SocialAccount account, CancellationToken cancellationToken) =>
        source.FetchAsync(account, cancellationToken);
}
