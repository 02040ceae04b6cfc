using AnalisaAI.Api.Features.MetricsUpdate.Execution;
using AnalisaAI.Api.Features.MetricsUpdate.Runs;
using BenchmarkDotNet.Attributes;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace AnalisaAI.Benchmarks;

/// <summary>One full recalculation (profile, engagement, reach, growth, relevance, commit) of one influencer.</summary>
[MemoryDiagnoser]
public class RunBenchmark
{
    private BenchmarkHost host = null!;
    private Guid influencerId;

    [GlobalSetup]
    public void Setup()
    {
        host = new BenchmarkHost(automaticUpdate: false);
        _ = host.Server;
        influencerId = host.AddInfluencerAsync(0).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup() => host.Dispose();

    [Benchmark(Description = "Recalculate: 40 posts, 15 stories, 60 snapshots")]
    public async Task<RunStatus> Recalculate()
    {
        await using var scope = host.Services.CreateAsyncScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<ISender>()
            .Send(new ExecuteRunCommand(influencerId, RunTrigger.Manual));
        return outcome.Status == RunStatus.Succeeded ? outcome.Status : throw new InvalidOperationException(outcome.Error);
    }
}
