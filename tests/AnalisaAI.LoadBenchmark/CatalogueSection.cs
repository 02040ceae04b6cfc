namespace AnalisaAI.LoadBenchmark;

/// <summary>Sequential refresh with the update on, on a small and on a large catalogue: does the claim scale?</summary>
public static class CatalogueSection
{
    public static async Task RunAsync(Servers servers, BenchmarkOptions options)
    {
        Console.WriteLine($"Catalogue size: starting two APIs (update on), seeding {options.SmallCatalogue:N0} and {options.LargeCatalogue:N0} influencers ...");
        await using var small = await servers.StartApiAsync("catalogue-small", automaticUpdate: true);
        await using var large = await servers.StartApiAsync("catalogue-large", automaticUpdate: true);

        // Both have the same influencers with data; the large one adds influencers without posts.
        await CatalogueSeeder.SeedAsync(small.DatabasePath, options.SmallCatalogue, options.SmallCatalogue);
        await CatalogueSeeder.SeedAsync(large.DatabasePath, options.LargeCatalogue, Math.Min(options.SmallCatalogue, options.LargeCatalogue));

        var smallChain = await RefreshChain.StartAsync(small, AuthRoutes.Api, servers.Password);
        var largeChain = await RefreshChain.StartAsync(large, AuthRoutes.Api, servers.Password);
        Console.WriteLine($"Catalogue size: measuring {options.Seconds} s on each, in turns of 1 s (each server goes quiet before the next turn) ...");
        await RefreshChain.InterleaveAsync([smallChain, largeChain], options.PhaseDuration);

        var table = new ResultTable($"Sequential refresh with the update on, by catalogue size, {options.Seconds} s in turns",
            "", $"{options.SmallCatalogue:N0} influencers", $"{options.LargeCatalogue:N0} influencers", "large / small");
        foreach (var percent in new[] { 50, 99 })
        {
            var (smallMs, largeMs) = (smallChain.Samples.Percentile(percent), largeChain.Samples.Percentile(percent));
            table.Add($"refresh p{percent} ms", ResultTable.Number(smallMs, 2), ResultTable.Number(largeMs, 2), ResultTable.Ratio(largeMs / smallMs));
        }

        table.Add("refreshes", $"{smallChain.Samples.Count}", $"{largeChain.Samples.Count}", "");
        table.Print();
    }
}
