namespace AnalisaAI.Api.Infrastructure.Web;

/// <summary>Counts the requests in flight with one interlocked increment and decrement per request.</summary>
public sealed class ForegroundLoad : IForegroundLoad
{
    private int requestsInFlight;

    public int RequestsInFlight => Volatile.Read(ref requestsInFlight);

    public long QueuedWorkItems => ThreadPool.PendingWorkItemCount;

    /// <summary>Counts a request from its start to its end.</summary>
    public async Task TrackAsync(HttpContext context, RequestDelegate next)
    {
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
