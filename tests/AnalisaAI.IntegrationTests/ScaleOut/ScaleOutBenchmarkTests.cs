using System.Net;
using AnalisaAI.IntegrationTests.Infrastructure;

namespace AnalisaAI.IntegrationTests.ScaleOut;

/// <summary>
/// The benchmark's peers across instances: each instance keeps them in memory, and must still rank among every
/// result committed before it reads, whichever instance committed it, and drop a peer deleted on another one.
/// </summary>
[Collection(ScaleOutCollection.Name)]
public sealed class ScaleOutBenchmarkTests
{
    [PostgresFact]
    public async Task A_run_on_one_instance_ranks_among_the_runs_another_committed_and_drops_a_peer_deleted_there()
    {
        await using var cluster = await ScaleOutCluster.CreateAsync();
        var a = await cluster.StartReadyAsync("a");
        var b = await cluster.StartReadyAsync("b");
        var ids = await cluster.AddInfluencersAsync(12); // one platform and tier (micro), with posts: every one a peer of the others
        var adminA = await cluster.AdminClientAsync(a);
        var adminB = await cluster.AdminClientAsync(b);

        // B reads its peers first, before A has committed anything.
        (await TestData.RecalculateAsync(adminB, ids[0]))["benchmark"]!["erPeerCount"]!.GetValue<int>().Should().Be(0);

        foreach (var id in ids.Skip(1).Take(10))
        {
            await TestData.RecalculateAsync(adminA, id);
        }

        var ranked = (await TestData.RecalculateAsync(adminB, ids[0]))["benchmark"]!;
        ranked["erPeerCount"]!.GetValue<int>().Should().Be(10, "B sees the ten runs A committed");
        ranked["erPercentile"].Should().NotBeNull();

        (await adminA.DeleteAsync($"/api/influencers/{ids[1]}")).StatusCode.Should().Be(HttpStatusCode.NoContent);
        var afterDeletion = (await TestData.RecalculateAsync(adminB, ids[0]))["benchmark"]!;
        afterDeletion["erPeerCount"]!.GetValue<int>().Should().Be(9, "the influencer deleted on A is no one's peer on B");
        afterDeletion["erPercentile"].Should().BeNull("under 10 peers there is no percentile");
    }
}
