namespace AnalisaAI.Soak;

/// <summary>
/// One request the soak sent: when (since the traffic started), to which instance, what for, and the answer's
/// status; <see cref="Status"/> is null when no answer came (connection refused or reset, timeout).
/// </summary>
public sealed record RequestRecord(TimeSpan At, string Instance, string Operation, int? Status, bool RetryAfter, string? Detail);
