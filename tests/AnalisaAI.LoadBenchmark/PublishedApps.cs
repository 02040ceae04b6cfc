using AnalisaAI.TestTools;

namespace AnalisaAI.LoadBenchmark;

/// <summary>The API and the Identity peer, published in Release into a scratch folder.</summary>
public sealed record PublishedApps(string ApiDll, string PeerDll)
{
    public static async Task<PublishedApps> PublishAsync(string scratch)
    {
        var repository = ReleasePublisher.FindRepository();
        var api = Path.Combine(scratch, "api");
        var peer = Path.Combine(scratch, "peer");
        await ReleasePublisher.PublishAsync(Path.Combine(repository, "src", "AnalisaAI.Api.csproj"), api);
        await ReleasePublisher.PublishAsync(Path.Combine(repository, "tests", "AnalisaAI.LoadBenchmark", "IdentityPeer", "IdentityPeer.csproj"), peer);
        return new PublishedApps(Path.Combine(api, "AnalisaAI.Api.dll"), Path.Combine(peer, "IdentityPeer.dll"));
    }
}
