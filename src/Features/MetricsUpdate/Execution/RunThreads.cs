using AnalisaAI.Api.Infrastructure.Threading;
using Microsoft.Extensions.Options;

namespace AnalisaAI.Api.Features.MetricsUpdate.Execution;

/// <summary>
/// The threads every run executes on, one per run the budget allows at once, at the lowest priority (nice 19):
/// a run that overlaps a token refresh or a login's hash no longer shares a core with it. Every write a run
/// makes runs at the requests' priority (<see cref="LowPriorityThreads.AtRequestPriorityAsync{T}"/>, enforced by
/// <c>LowPriorityWriteGuard</c>), so a request that waits for the database's writer never waits for a thread this low.
/// </summary>
public sealed class RunThreads(IOptions<MetricsUpdateOptions> options)
    : LowPriorityThreads("Metrics update", options.Value.Budget.Concurrency, Niceness)
{
    public const int Niceness = 19;
}
