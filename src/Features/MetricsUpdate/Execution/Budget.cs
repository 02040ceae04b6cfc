using AnalisaAI.Api.Infrastructure.Web;
using Microsoft.Extensions.Options;

namespace AnalisaAI.Api.Features.MetricsUpdate.Execution;

/// <summary>
/// The update is work-conserving: it takes all the capacity the foreground leaves and yields when the foreground
/// contends. At most <c>Concurrency</c> runs at once per instance, on threads below the requests' priority (the
/// OS gives requests the CPU first; <c>LowPriorityWriteGuard</c> keeps such a thread from holding the
/// database's writer). Only real contention paces it: more requests than <c>BusyRequests</c>, a thread-pool
/// queue behind requests in flight, or a request that waited for the database's writer within
/// <c>QuietPeriod</c>. Then one run, and separately one claim, per <c>BusyInterval</c>, so the update never
/// starves yet costs a saturated instance about one run a second. A request merely being there is not
/// contention: a light poller does not slow the drain. It paces on real time, like Quartz, whatever clock the
/// metrics read (docs/adr/0010-work-conserving-update.md).
/// </summary>
public sealed class Budget : IDisposable
{
    private readonly IForegroundLoad load;
    private readonly TimeProvider time;
    private readonly MetricsUpdateOptions.BudgetSettings settings;
    private readonly SemaphoreSlim runSlots;
    private readonly BusyTurns runTurns = new();
    private readonly BusyTurns claimTurns = new();

    public Budget(IOptions<MetricsUpdateOptions> options, IForegroundLoad load, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.load = load;
        this.time = time;
        settings = options.Value.Budget;
        runSlots = new SemaphoreSlim(settings.Concurrency, settings.Concurrency);
    }

    /// <summary>
    /// The thread-pool queue counts only while requests are in flight: without them it holds only the update's
    /// own work, and an idle instance must not take its own backlog for a busy foreground.
    /// </summary>
    public bool ForegroundIsBusy =>
        load.RequestsInFlight >= settings.BusyRequests
        || (load.RequestsInFlight > 0 && load.QueuedWorkItems >= settings.BusyQueuedWorkItems)
        || load.SinceRequestWaitedForWriter < settings.QuietPeriod;

    /// <summary>Waits for a run's turn; dispose the lease when the run ends.</summary>
    public async Task<IDisposable> EnterRunAsync(CancellationToken cancellationToken)
    {
        await runSlots.WaitAsync(cancellationToken);
        try
        {
            await WaitForTurnAsync(runTurns, cancellationToken);
            return new Lease(runSlots);
        }
        catch
        {
            runSlots.Release();
            throw;
        }
    }

    /// <summary>Waits for a claim's turn (one claim statement, for one or several triggers).</summary>
    public Task EnterClaimAsync(CancellationToken cancellationToken) => WaitForTurnAsync(claimTurns, cancellationToken);

    public void Dispose() => runSlots.Dispose();

    /// <summary>
    /// A waiter sleeps until the next busy turn is due and looks again then, rather than polling: a busy
    /// instance wakes it a few times a second, and one that turned idle meanwhile lets it go by then.
    /// </summary>
    private async Task WaitForTurnAsync(BusyTurns busyTurns, CancellationToken cancellationToken)
    {
        while (ForegroundIsBusy && busyTurns.TryTake(time, settings.BusyInterval) is var untilNext && untilNext > TimeSpan.Zero)
        {
            await Task.Delay(untilNext, time, cancellationToken);
        }
    }

    /// <summary>When the last turn was given while the foreground was busy.</summary>
    private sealed class BusyTurns
    {
        private readonly Lock gate = new();
        private long last = long.MinValue;

        /// <summary>Takes the turn if it is due (zero), or tells how long until it is.</summary>
        public TimeSpan TryTake(TimeProvider time, TimeSpan interval)
        {
            lock (gate)
            {
                var now = time.GetTimestamp();
                if (last != long.MinValue && time.GetElapsedTime(last, now) is var since && since < interval)
                {
                    return interval - since;
                }

                last = now;
                return TimeSpan.Zero;
            }
        }
    }

    private sealed class Lease(SemaphoreSlim slots) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                slots.Release();
            }
        }
    }
}
