namespace AnalisaAI.Soak;

/// <summary>
/// One reading of an instance's memory: resident set (VmRSS) and the managed heap as the runtime meter last saw it
/// (the heap's size after the last garbage collection, all generations; null when /metrics did not answer).
/// <see cref="SinceReady"/> counts from when this incarnation became ready.
/// </summary>
public sealed record MemorySample(string Instance, int Incarnation, TimeSpan At, TimeSpan SinceReady, long ResidentBytes, long? HeapBytes);
