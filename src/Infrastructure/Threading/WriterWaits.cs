namespace AnalisaAI.Api.Infrastructure.Threading;

/// <summary>
/// When a request last had to wait for the database's writer behind another writer: real contention for the
/// one resource that a background write can take from a request, as opposed to a request merely being there.
/// </summary>
public sealed class WriterWaits
{
    private long lastRequestWait = long.MinValue;

    /// <summary>Time since a request last waited for the writer; <see cref="TimeSpan.MaxValue"/> if none ever did.</summary>
    public TimeSpan SinceRequestWaited =>
        Volatile.Read(ref lastRequestWait) is var last && last == long.MinValue
            ? TimeSpan.MaxValue
            : TimeSpan.FromMilliseconds(Environment.TickCount64 - last);

    /// <summary>Records that a request found the writer taken and waits for it.</summary>
    public void RequestWaited() => Volatile.Write(ref lastRequestWait, Environment.TickCount64);
}
