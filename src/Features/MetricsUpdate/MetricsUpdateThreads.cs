using AnalisaAI.Api.Infrastructure.Threading;
using Microsoft.Extensions.Options;

namespace AnalisaAI.Api.Features.MetricsUpdate;

/// <summary>
/// The threads every run executes on, one per run the budget allows at once. Below the requests' priority, a
/// run that overlaps a token refresh no longer shares a core with it.
/// </summary>
public sealed class MetricsUpdateThreads(IOptions<MetricsUpdateOptions> options)
    : LowPriorityThreads("Metrics update", options.Value.Budget.Concurrency);
