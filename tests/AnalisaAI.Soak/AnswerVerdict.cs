namespace AnalisaAI.Soak;

/// <summary>What the soak makes of one answer of 500 or more, against the fault schedule.</summary>
public enum AnswerVerdict
{
    /// <summary>A 503 with Retry-After while the database was being restarted (or within the grace after it).</summary>
    Allowed,

    /// <summary>A 500, or any 5xx other than 503: a bug, whenever it happens.</summary>
    ServerError,

    /// <summary>A 503 without Retry-After: the client is not told to retry.</summary>
    NoRetryAfter,

    /// <summary>A 503 outside every database restart window.</summary>
    OutsideFault,
}
