namespace AnalisaAI.Api.Infrastructure.Web;

/// <summary>
/// Whether the foreground contends for the instance right now, so background work can yield to it: more requests
/// than cores, a thread-pool queue behind them, or a request waiting for the database's writer. A request that is
/// merely there is not contention: the update's threads run below it and take only what it leaves.
/// </summary>
public interface IForegroundLoad
{
    /// <summary>HTTP requests being served at this moment.</summary>
    int RequestsInFlight { get; }

    /// <summary>Work items waiting for a thread-pool thread: a sign the CPU cannot keep up.</summary>
    long QueuedWorkItems { get; }

    /// <summary>Since a request last found the database's writer taken; <see cref="TimeSpan.MaxValue"/> if never (or not SQLite).</summary>
    TimeSpan SinceRequestWaitedForWriter { get; }
}
