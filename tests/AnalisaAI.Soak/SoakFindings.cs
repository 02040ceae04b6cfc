using System.Globalization;
using System.Text;

namespace AnalisaAI.Soak;

/// <summary>Everything the soak measured, and the Markdown report with its verdict.</summary>
public sealed record SoakFindings(
    SoakOptions Options,
    DateTime StartedUtc,
    string Machine,
    string Database,
    TimeSpan TrafficDuration,
    IReadOnlyList<RequestRecord> Requests,
    IReadOnlyList<FaultWindow> Faults,
    VerificationResult Writes,
    IReadOnlyList<MemorySample> Memory)
{
    public const double SlopeTarget = 5;
    private const int ListedAnswers = 50;

    private TimeSpan Grace => TimeSpan.FromSeconds(Options.GraceSeconds);

    /// <summary>Each 5xx with the fault window it fell in (if any) and what it means.</summary>
    public IReadOnlyList<(RequestRecord Request, FaultWindow? Window, AnswerVerdict Verdict)> ServerErrors() =>
        Requests.Where(r => r.Status >= 500)
            .Select(r => (r, FaultClassifier.WindowAt(r.At, Faults, Grace), FaultClassifier.Judge(r.Status!.Value, r.RetryAfter, r.At, Faults, Grace)))
            .ToList();

    /// <summary>Why the soak failed; empty when it passed. Memory is reported against its target, not judged here.</summary>
    public IReadOnlyList<string> Failures()
    {
        var failures = new List<string>();
        var errors = ServerErrors();
        void Count(AnswerVerdict verdict, string what)
        {
            var n = errors.Count(e => e.Verdict == verdict);
            if (n > 0)
            {
                failures.Add($"{n} {what}");
            }
        }

        Count(AnswerVerdict.ServerError, "answers of 500 (or another 5xx than 503)");
        Count(AnswerVerdict.NoRetryAfter, "answers of 503 without Retry-After");
        Count(AnswerVerdict.OutsideFault, "answers of 503 outside a database restart");
        if (Writes.PostsMissing > 0)
        {
            failures.Add($"{Writes.PostsMissing} acknowledged posts missing from the database");
        }

        if (Writes.ReplayInserted > 0)
        {
            failures.Add($"sending the acknowledged batches again inserted {Writes.ReplayInserted} posts");
        }

        if (Writes.ReplayNotAcknowledged > 0)
        {
            failures.Add($"{Writes.ReplayNotAcknowledged} acknowledged batches could not be sent again");
        }

        if (Writes.RecalculationsNotDone > 0)
        {
            failures.Add($"{Writes.RecalculationsNotDone} acknowledged recalculations not done");
        }

        if (Writes.InstancesNotReady.Count > 0)
        {
            failures.Add($"not ready at the end: {string.Join(", ", Writes.InstancesNotReady)}");
        }

        return failures;
    }

    public string Markdown()
    {
        var md = new StringBuilder();
        var failures = Failures();
        md.AppendLine(Invariant($"# Soak of {StartedUtc:yyyy-MM-dd HH:mm} UTC: {TrafficDuration.TotalMinutes:0.0} minutes of traffic, two instances on {Database}"));
        md.AppendLine();
        md.AppendLine(Invariant($"Machine: {Machine}. Command: `{Options.CommandLine()}`."));
        md.AppendLine();
        md.AppendLine(failures.Count == 0 ? "**Verdict: passed.**" : $"**Verdict: failed:** {string.Join("; ", failures)}.");
        md.AppendLine();
        AppendFaults(md);
        AppendStatuses(md);
        AppendServerErrors(md);
        AppendWrites(md);
        MemoryReport.Append(md, Memory, Options.Warmup);
        return md.ToString();
    }

    private void AppendFaults(StringBuilder md)
    {
        md.AppendLine("## Faults");
        md.AppendLine();
        md.AppendLine(Invariant($"Times are since the traffic started. A window runs from the fault's first action to the end of its recovery, plus {Options.GraceSeconds} s of grace."));
        md.AppendLine();
        md.AppendLine("| fault | from | to | requests without an answer in it |");
        md.AppendLine("| --- | --- | --- | --- |");
        foreach (var fault in Faults)
        {
            var silent = Requests.Count(r => r.Status is null && r.At >= fault.Start && r.At <= fault.End + Grace);
            md.AppendLine(Invariant($"| {fault.Label} | {Clock(fault.Start)} | {Clock(fault.End)} | {silent} |"));
        }

        var outside = Requests.Count(r => r.Status is null && FaultClassifier.WindowAt(r.At, Faults, Grace) is null);
        md.AppendLine(Invariant($"| (outside every fault) | | | {outside} |"));
        md.AppendLine();
    }

    private void AppendStatuses(StringBuilder md)
    {
        var statuses = Requests.Select(r => r.Status).Distinct().OrderBy(s => s ?? int.MaxValue).ToList();
        md.AppendLine(Invariant($"## Requests by status ({Requests.Count:N0} in all)"));
        md.AppendLine();
        md.AppendLine($"| operation | {string.Join(" | ", statuses.Select(s => s?.ToString(CultureInfo.InvariantCulture) ?? "no answer"))} | total |");
        md.AppendLine($"| --- |{string.Concat(statuses.Select(_ => " ---: |"))} ---: |");
        foreach (var operation in Requests.GroupBy(r => r.Operation).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var cells = statuses.Select(s => operation.Count(r => r.Status == s).ToString("N0", CultureInfo.InvariantCulture));
            md.AppendLine(Invariant($"| {operation.Key} | {string.Join(" | ", cells)} | {operation.Count():N0} |"));
        }

        var totals = statuses.Select(s => Requests.Count(r => r.Status == s).ToString("N0", CultureInfo.InvariantCulture));
        md.AppendLine(Invariant($"| **all** | {string.Join(" | ", totals)} | {Requests.Count:N0} |"));
        md.AppendLine();
    }

    private void AppendServerErrors(StringBuilder md)
    {
        var errors = ServerErrors();
        md.AppendLine(Invariant($"## Answers of 500 or more ({errors.Count})"));
        md.AppendLine();
        if (errors.Count == 0)
        {
            md.AppendLine("None.");
            md.AppendLine();
            return;
        }

        md.AppendLine("| fault window | verdict | status | Retry-After | answers | first | last | operations |");
        md.AppendLine("| --- | --- | --- | --- | ---: | --- | --- | --- |");
        foreach (var group in errors.GroupBy(e => (Window: e.Window?.Label ?? "none", e.Verdict, e.Request.Status, e.Request.RetryAfter)))
        {
            var operations = group.GroupBy(e => e.Request.Operation).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} {g.Count()}");
            md.AppendLine(Invariant($"| {group.Key.Window} | {group.Key.Verdict} | {group.Key.Status} | {(group.Key.RetryAfter ? "yes" : "no")} | {group.Count()} | {Clock(group.Min(e => e.Request.At))} | {Clock(group.Max(e => e.Request.At))} | {string.Join(", ", operations)} |"));
        }

        md.AppendLine();
        md.AppendLine(Invariant($"Each answer (the first {ListedAnswers}):"));
        md.AppendLine();
        md.AppendLine("| time | instance | operation | status | Retry-After | fault window | verdict | body (start) |");
        md.AppendLine("| --- | --- | --- | --- | --- | --- | --- | --- |");
        foreach (var (request, window, verdict) in errors.Take(ListedAnswers))
        {
            var body = (request.Detail ?? "").Replace('|', '/').Replace('\n', ' ');
            md.AppendLine(Invariant($"| {Clock(request.At)} | {request.Instance} | {request.Operation} | {request.Status} | {(request.RetryAfter ? "yes" : "no")} | {window?.Label ?? "none"} | {verdict} | {(body.Length > 120 ? body[..120] : body)} |"));
        }

        if (errors.Count > ListedAnswers)
        {
            md.AppendLine(Invariant($"| … {errors.Count - ListedAnswers} more | | | | | | | |"));
        }

        md.AppendLine();
    }

    private void AppendWrites(StringBuilder md)
    {
        md.AppendLine("## Acknowledged writes");
        md.AppendLine();
        md.AppendLine("| check | result |");
        md.AppendLine("| --- | --- |");
        md.AppendLine(Invariant($"| ingestion batches acknowledged (200) | {Writes.Batches:N0} ({Writes.Posts:N0} posts) |"));
        md.AppendLine(Invariant($"| acknowledged posts missing from the database | {Writes.PostsMissing:N0} |"));
        md.AppendLine(Invariant($"| batches sent again: acknowledged / not | {Writes.ReplayedBatches:N0} / {Writes.ReplayNotAcknowledged:N0} |"));
        md.AppendLine(Invariant($"| posts the replay inserted / updated | {Writes.ReplayInserted:N0} / {Writes.ReplayUpdated:N0} |"));
        md.AppendLine(Invariant($"| recalculations acknowledged (202) | {Writes.Recalculations:N0}, naming {Writes.DistinctRuns:N0} runs |"));
        md.AppendLine(Invariant($"| those runs by final status | {string.Join(", ", Writes.RunsByStatus.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => $"{s.Key} {s.Value:N0}"))} |"));
        md.AppendLine(Invariant($"| acknowledged recalculations not done | {Writes.RecalculationsNotDone:N0}{(Writes.RunsNotDone.Count > 0 ? ": " + string.Join("; ", Writes.RunsNotDone.Take(10)) : "")} |"));
        md.AppendLine(Invariant($"| instances not ready at the end | {(Writes.InstancesNotReady.Count == 0 ? "none" : string.Join(", ", Writes.InstancesNotReady))} |"));
        md.AppendLine();
    }

    public static string Clock(TimeSpan at) => at.ToString(@"hh\:mm\:ss\.f", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
