using AnalisaAI.Api.Infrastructure.Threading;

namespace AnalisaAI.Api.Infrastructure.Web;

/// <summary>
/// Counts the requests in flight (one interlocked increment and decrement per request), marks each request's
/// flow as foreground work, and reports when a request last waited for the database's writer.
/// </summary>
/// <param name="writerWaits">Registered on SQLite only, where the process's writers take one write lock in turn.</param>
public sealed class ForegroundLoad(WriterWaits? writerWaits = null) : IForegroundLoad
{
    private int requestsInFlight;

    public int RequestsInFlight => Volatile.Read(ref requestsInFlight);

    public long QueuedWorkItems => ThreadPool.PendingWorkItemCount;

    public TimeSpan SinceRequestWaitedForWriter => writerWaits?.SinceRequestWaited ?? TimeSpan.MaxValue;

    /// <summary>Counts a request from its start to its end.</summary>
    public async Task TrackAsync(HttpContext context, RequestDelegate next)
    {
        ForegroundWork.MarkCurrentFlow();
        Interlocked.Increment(ref requestsInFlight);
        try
        {
            await next(context);
        }
        finally
        {
            Interlocked.Decrement(ref requestsInFlight);
        }
    }
}
