using System.Threading.Channels;
using AnalisaAI.Api.Features.MetricsUpdate.Execution;
using AnalisaAI.Api.Features.MetricsUpdate.Runs;
using Mediator;

namespace AnalisaAI.Api.Features.MetricsUpdate.ManualRuns;

/// <summary>
/// Runs the manual runs the API acknowledged, oldest first, within the budget. Their queue is the
/// run log (<see cref="RunLog.WaitingManualRunsAsync"/>): a run is taken only when a run slot is
/// free, by one conditional update, so on several instances each run starts once. A request wakes the
/// runner at once; it also looks every <see cref="PollInterval"/> for runs recorded by another instance,
/// left waiting by a stop, or given back by the heartbeat after their instance died. Compared with a job per
/// run in the scheduler's store, this costs one write to start a run instead of several per job.
/// </summary>
public sealed partial class ManualRunner(
    Budget budget,
    IServiceScopeFactory scopes,
    ILogger<ManualRunner> logger) : BackgroundService
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(2);

    /// <summary>Waiting runs read at once; each is still taken by its own conditional update.</summary>
    private const int PickSize = 32;

    private readonly Channel<bool> wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    /// <summary>Says that a run was queued: the runner looks now instead of at its next poll.</summary>
    public void Notify() => wake.Writer.TryWrite(true);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var running = new List<Task>();
        try
        {
            while (true)
            {
                await DrainAsync(running, stoppingToken);
                await WaitForWorkAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Runs already taken finish: they are short, and a run cut off by a kill goes back to the queue.
            await Task.WhenAll(running);
        }
    }

    private async Task DrainAsync(List<Task> running, CancellationToken stoppingToken)
    {
        var waiting = new Queue<(Guid RunId, Guid InfluencerId)>();
        var exhausted = false;
        while (true)
        {
            var lease = await budget.EnterRunAsync(stoppingToken);
            (Guid RunId, Guid InfluencerId)? taken;
            try
            {
                (taken, exhausted) = await TakeNextAsync(waiting, exhausted, stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                lease.Dispose();
                LogTakeFailed(exception);
                return;
            }
            catch
            {
                lease.Dispose();
                throw;
            }

            if (taken is not { } run)
            {
                lease.Dispose();
                return;
            }

            running.RemoveAll(task => task.IsCompleted);
            running.Add(Task.Run(() => RunAsync(run.RunId, run.InfluencerId, lease), CancellationToken.None));
        }
    }

    /// <summary>The next waiting run this instance won; refills from the database when the list runs out.</summary>
    private async Task<((Guid RunId, Guid InfluencerId)? Taken, bool Exhausted)> TakeNextAsync(
        Queue<(Guid RunId, Guid InfluencerId)> waiting, bool exhausted, CancellationToken stoppingToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var runLog = scope.ServiceProvider.GetRequiredService<RunLog>();
        while (true)
        {
            if (waiting.Count == 0)
            {
                if (exhausted)
                {
                    return (null, true);
                }

                foreach (var run in await runLog.WaitingManualRunsAsync(PickSize, stoppingToken))
                {
                    waiting.Enqueue(run);
                }

                // Fewer than asked: after these, the queue is empty (new requests wake the runner again).
                exhausted = waiting.Count < PickSize;
                if (waiting.Count == 0)
                {
                    return (null, true);
                }
            }

            var next = waiting.Dequeue();
            if (await runLog.TakeManualRunAsync(next.RunId, stoppingToken))
            {
                return (next, exhausted);
            }
        }
    }

    private async Task RunAsync(Guid runId, Guid influencerId, IDisposable lease)
    {
        using (lease)
        {
            try
            {
                LogStarting(influencerId, runId);
                await using var scope = scopes.CreateAsyncScope();
                var sender = scope.ServiceProvider.GetRequiredService<ISender>();

                // Not cut short by a stop: the run records its own outcome in milliseconds.
                await sender.Send(new ExecuteRunCommand(influencerId, RunTrigger.Manual, runId), CancellationToken.None);
            }
            catch (Exception exception)
            {
                // The run records its own failures; this is for what went wrong around it (e.g. the database).
                LogFailed(exception, influencerId, runId);
            }
        }
    }

    private async Task WaitForWorkAsync(CancellationToken stoppingToken)
    {
        using var poll = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        poll.CancelAfter(PollInterval);
        try
        {
            await wake.Reader.ReadAsync(poll.Token);
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            // The poll: look for runs queued elsewhere.
        }
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Starting metrics update in background for influencer {InfluencerId} (trigger Manual, run {RunId})")]
    private partial void LogStarting(Guid influencerId, Guid runId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Error updating metrics of influencer {InfluencerId} (manual run {RunId})")]
    private partial void LogFailed(Exception exception, Guid influencerId, Guid runId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Error updating metrics: could not take waiting manual runs; looking again at the next poll")]
    private partial void LogTakeFailed(Exception exception);
}
