namespace AnalisaAI.Soak;

/// <summary>
/// One reading of an instance's memory: resident set (VmRSS); the managed heap as the runtime meter last saw it
/// (the bytes its objects took after the last garbage collection, all generations, fragmentation left out) and the memory the GC had committed then (both
/// null when /metrics did not answer). <see cref="AfterFullCollection"/>: read right after a full collection the
/// soak induced, so the heap is the live heap. <see cref="SinceReady"/> counts from when this process became ready.
/// </summary>
public sealed record MemorySample(
    string Instance, int Incarnation, TimeSpan At, TimeSpan SinceReady, long ResidentBytes, long? HeapBytes, long? CommittedBytes,
    bool AfterFullCollection = false);
