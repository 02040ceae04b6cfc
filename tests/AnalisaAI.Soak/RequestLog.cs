using System.Collections.Concurrent;

namespace AnalisaAI.Soak;

/// <summary>Every request of the soak, in the order they ended; only the answers of 500 or more keep a detail.</summary>
public sealed class RequestLog
{
    private readonly ConcurrentQueue<RequestRecord> records = new();

    public void Add(RequestRecord record) => records.Enqueue(record);

    public IReadOnlyList<RequestRecord> Snapshot() => [.. records];
}
