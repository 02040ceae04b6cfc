using System.Globalization;
using System.Text;

namespace AnalisaAI.FreshnessSimulation;

/// <summary>The two days side by side, as Markdown.</summary>
public static class ResultTable
{
    public static string Write(SimulationOptions options, int budget, DayResult on, DayResult off)
    {
        var text = new StringBuilder();
        Line(text, $"Freshness over one simulated day: {options.Influencers:N0} influencers (last updated, data included, 0–48 h before the day starts), "
            + $"{options.Users} active users (sign in 08:00–10:00, refresh every 14 min until 16:00–19:00, {options.ViewsPerVisit} views "
            + $"of {options.Popular} popular influencers per visit), a source budget of {budget} calls an hour. Within target: within 1 h "
            + "if viewed in the last 24 h, else within 24 h, by data age (`dataAsOf`) or by calculation age (`calculatedAt`).");
        Line(text, "");
        Line(text, "| figure | sweep on | sweep off |");
        Line(text, "| --- | ---: | ---: |");
        Both(text, "within target by data age at 00:00 / 24:00", d => $"{Share(d.AtStart.WithinByDataShare)} / {Share(d.AtEnd.WithinByDataShare)}", on, off);
        Both(text, "within target by data age, mean / lowest of the 24 hourly samples",
            d => $"{Share(d.Hours.Average(h => h.AtEnd.WithinByDataShare))} / {Share(d.Hours.Min(h => h.AtEnd.WithinByDataShare))}", on, off);
        Both(text, "within target by calculation age at 24:00 / mean of the hourly samples",
            d => $"{Share(d.AtEnd.WithinShare)} / {Share(d.Hours.Average(h => h.AtEnd.WithinShare))}", on, off);
        Both(text, "computed limit (best share by data age the budget allows) at 24:00", d => Share(d.AtEnd.Limit), on, off);
        Both(text, "within target by data age / computed limit: at 24:00, lowest hourly sample",
            d => $"{Share(d.AtEnd.WithinByDataShare / d.AtEnd.Limit)}, {Share(d.Hours.Min(h => h.AtEnd.WithinByDataShare / h.AtEnd.Limit))}", on, off);
        Both(text, "viewed influencers within their 1 h target by data age at 24:00 (by calculation age)",
            d => $"{d.AtEnd.HotWithinByData} of {d.AtEnd.Hot} ({d.AtEnd.HotWithin})", on, off);
        Both(text, "viewed within their 1 h target by data age, lowest hourly sample after the first hour with viewed influencers",
            d => AfterFirstViewedHour(d) is { Count: > 0 } hours ? Share(hours.Min(h => h.AtEnd.HotWithinByDataShare!.Value)) : "n/a", on, off);
        Both(text, "p50 / p90 calculation age at 24:00", d => $"{Hours(d.AtEnd.P50Age)} / {Hours(d.AtEnd.P90Age)}", on, off);
        Both(text, "p50 data age at 24:00", d => Hours(d.AtEnd.P50DataAge), on, off);
        Both(text, "source calls in the day", d => Count(d.Calls), on, off);
        Both(text, "source calls per hour: mean / max", d => string.Create(CultureInfo.InvariantCulture, $"{d.Hours.Average(h => h.Calls):F1} / {d.Hours.Max(h => h.Calls)}"), on, off);
        Both(text, "source calls as a share of the budget: mean / lowest hour with something due",
            d => $"{Share(d.Hours.Average(h => h.Calls) / budget)} / {LowestDueHour(d, budget)}", on, off);
        Both(text, $"hours over {budget} calls", d => Count(d.Hours.Count(h => h.Calls > budget)), on, off);
        Both(text, "runs succeeded / not succeeded", d => $"{Count(d.RunsSucceeded)} / {Count(d.RunsNotSucceeded)}", on, off);
        Both(text, "wall-clock time of the simulation", d => Seconds(d.Elapsed), on, off);
        Line(text, "");
        Line(text, "| hour (UTC) | by data, on | by data, off | by calculation, on | by calculation, off | limit, on | viewed within 1 h by data, on | viewed, off | calls, on | calls, off |");
        Line(text, "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        for (var hour = 0; hour < on.Hours.Count; hour++)
        {
            var a = on.Hours[hour];
            var b = off.Hours[hour];
            Line(text, $"| {hour:00}:00–{hour + 1:00}:00 | {Share(a.AtEnd.WithinByDataShare)} | {Share(b.AtEnd.WithinByDataShare)} "
                + $"| {Share(a.AtEnd.WithinShare)} | {Share(b.AtEnd.WithinShare)} | {Share(a.AtEnd.Limit)} "
                + $"| {a.AtEnd.HotWithinByData}/{a.AtEnd.Hot} | {b.AtEnd.HotWithinByData}/{b.AtEnd.Hot} | {a.Calls} | {b.Calls} |");
        }

        return text.ToString();
    }

    /// <summary>The hourly samples after the first one in which anyone had viewed an influencer.</summary>
    private static List<HourFigures> AfterFirstViewedHour(DayResult day) =>
        [.. day.Hours.SkipWhile(h => h.AtEnd.Hot == 0).Skip(1).Where(h => h.AtEnd.Hot > 0)];

    private static string LowestDueHour(DayResult day, int budget)
    {
        var due = day.Hours.Where(h => h.DueAtStart > 0).ToList();
        return due.Count == 0 ? "n/a" : Share((double)due.Min(h => h.Calls) / budget);
    }

    private static void Both(StringBuilder text, string figure, Func<DayResult, string> value, DayResult on, DayResult off) =>
        Line(text, $"| {figure} | {value(on)} | {value(off)} |");

    private static void Line(StringBuilder text, FormattableString line) => text.AppendLine(line.ToString(CultureInfo.InvariantCulture));

    private static void Line(StringBuilder text, string line) => text.AppendLine(line);

    private static string Share(double share) => share.ToString("P1", CultureInfo.InvariantCulture);

    private static string Hours(TimeSpan age) => age == TimeSpan.MaxValue ? "never" : string.Create(CultureInfo.InvariantCulture, $"{age.TotalHours:F1} h");

    private static string Count(int count) => count.ToString("N0", CultureInfo.InvariantCulture);

    private static string Seconds(TimeSpan elapsed) => string.Create(CultureInfo.InvariantCulture, $"{elapsed.TotalSeconds:F0} s");
}
