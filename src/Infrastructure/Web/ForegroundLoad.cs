namespace AnalisaAI.Api.Infrastructure.Web;

/// <summary>Counts the requests in flight (one interlocked increment and decrement per request) and when the last one came or went.</summary>
public sealed class ForegroundLoad : IForegroundLoad
{
    private int requestsInFlight;
    private long lastRequestAt = Environment.TickCount64;

    public int RequestsInFlight => Volatile.Read(ref requestsInFlight);

    public long QueuedWorkItems => ThreadPool.PendingWorkItemCount;

    public TimeSpan SinceLastRequest => TimeSpan.FromMilliseconds(Environment.TickCount64 - Volatile.Read(ref lastRequestAt));

    /// <summary>Counts a request from its start to its end.</summary>
    public async Task TrackAsync(HttpContext context, RequestDelegate next)
    {
        Interlocked.Increment(ref requestsInFlight);
        Volatile.Write(ref lastRequestAt, Environment.TickCount64);
        try
        {
            await next(context);
        }
        finally
        {
            Interlocked.Decrement(ref requestsInFlight);
            Volatile.Write(ref lastRequestAt, Environment.TickCount64);
        }
    }
}
