namespace AnalisaAI.Api.Infrastructure.Web;

/// <summary>How busy the foreground is right now, so background work can yield to it.</summary>
public interface IForegroundLoad
{
    /// <summary>HTTP requests being served at this moment.</summary>
    int RequestsInFlight { get; }

    /// <summary>Work items waiting for a thread-pool thread: a sign the CPU cannot keep up.</summary>
    long QueuedWorkItems { get; }

    /// <summary>Since the last request started or ended: a client sending one request after another is busy too.</summary>
    TimeSpan SinceLastRequest { get; }
}
