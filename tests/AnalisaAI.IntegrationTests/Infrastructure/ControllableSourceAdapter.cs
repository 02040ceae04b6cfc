using AnalisaAI.Api.Features.SocialData;

namespace AnalisaAI.IntegrationTests.Infrastructure;

/// <summary>Plugs the shared <see cref="ControllableSocialDataSource"/> into the app's scoped slot.</summary>
public sealed class ControllableSourceAdapter(ControllableSocialDataSource source) : ISocialDataSource
{
    public Task<SocialProfile> FetchProfileAsync(SocialAccount account, CancellationToken cancellationToken) =>
        source.FetchAsync(account, cancellationToken);
}
