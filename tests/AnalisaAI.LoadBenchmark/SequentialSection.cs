namespace AnalisaAI.LoadBenchmark;

/// <summary>
/// One client refreshing sequentially against the API with the update off, with it on, and against a
/// minimal ASP.NET Core Identity app (MapIdentityApi) on SQLite: the cost of the update on the refresh,
/// and of the API's refresh against a plain framework one.
/// </summary>
public static class SequentialSection
{
    public static async Task RunAsync(Servers servers, BenchmarkOptions options)
    {
        Console.WriteLine($"Sequential refresh: starting the API (update off, on) and the Identity peer, seeding {options.SmallCatalogue:N0} influencers ...");
        await using var off = await servers.StartApiAsync("sequential-off", automaticUpdate: false);
        await using var on = await servers.StartApiAsync("sequential-on", automaticUpdate: true);
        await using var peer = await servers.StartPeerAsync("identity-peer");
        foreach (var api in new[] { off, on })
        {
            await CatalogueSeeder.SeedAsync(api.DatabasePath, options.SmallCatalogue, options.SmallCatalogue);
        }

        var offChain = await RefreshChain.StartAsync(off, AuthRoutes.Api, servers.Password);
        var onChain = await RefreshChain.StartAsync(on, AuthRoutes.Api, servers.Password);
        var peerChain = await RefreshChain.StartAsync(peer, AuthRoutes.IdentityPeer, servers.Password);
        Console.WriteLine($"Sequential refresh: measuring {options.Seconds} s on each, in turns of 1 s (each server goes quiet before the next turn) ...");
        await RefreshChain.InterleaveAsync([offChain, onChain, peerChain], options.PhaseDuration);

        var table = new ResultTable($"Sequential refresh, one client, {options.Seconds} s in turns", "", "API update off", "API update on", "MapIdentityApi peer", "on / off", "off / peer");
        foreach (var percent in new[] { 50, 95, 99 })
        {
            var (offMs, onMs, peerMs) = (offChain.Samples.Percentile(percent), onChain.Samples.Percentile(percent), peerChain.Samples.Percentile(percent));
            table.Add($"refresh p{percent} ms", ResultTable.Number(offMs, 2), ResultTable.Number(onMs, 2), ResultTable.Number(peerMs, 2),
                ResultTable.Ratio(onMs / offMs), ResultTable.Ratio(offMs / peerMs));
        }

        table.Add("refreshes", $"{offChain.Samples.Count}", $"{onChain.Samples.Count}", $"{peerChain.Samples.Count}", "", "");
        table.Print();
    }
}
