namespace AnalisaAI.Soak;

/// <summary>
/// Places a 5xx against the fault schedule. Only a database restart may answer 503 (with Retry-After): an
/// instance's kill is absorbed by the other instance, whose answers do not depend on the dead one.
/// </summary>
public static class FaultClassifier
{
    /// <summary>The window that holds <paramref name="at"/>, counting <paramref name="grace"/> after each window's end; the earliest if several.</summary>
    public static FaultWindow? WindowAt(TimeSpan at, IEnumerable<FaultWindow> windows, TimeSpan grace) =>
        windows.Where(w => at >= w.Start && at <= w.End + grace).OrderBy(w => w.Start).FirstOrDefault();

    public static AnswerVerdict Judge(int status, bool retryAfter, TimeSpan at, IEnumerable<FaultWindow> windows, TimeSpan grace)
    {
        if (status < 500)
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, "Only answers of 500 or more are judged.");
        }

        if (status != 503)
        {
            return AnswerVerdict.ServerError;
        }

        if (!retryAfter)
        {
            return AnswerVerdict.NoRetryAfter;
        }

        var duringRestart = windows.Any(w => w.Kind == FaultKind.DatabaseRestart && at >= w.Start && at <= w.End + grace);
        return duringRestart ? AnswerVerdict.Allowed : AnswerVerdict.OutsideFault;
    }
}
