using System.Globalization;
using System.Text;

namespace AnalisaAI.FreshnessSimulation;

/// <summary>The two days side by side, as Markdown.</summary>
public static class ResultTable
{
    /// <summary>The Instagram Graph API's rate limit per token, which the source calls are measured against.</summary>
    public const int CallBudgetPerHour = 200;

    public static string Write(SimulationOptions options, DayResult on, DayResult off)
    {
        var text = new StringBuilder();
        Line(text, $"Freshness over one simulated day: {options.Influencers:N0} influencers (last updated 0–48 h before the day starts), "
            + $"{options.Users} active users (sign in 08:00–10:00, refresh every 14 min until 16:00–19:00, {options.ViewsPerVisit} views "
            + $"of {options.Popular} popular influencers per visit). Within target: updated within 1 h if viewed in the last 24 h, else within 24 h.");
        Line(text, "");
        Line(text, "| figure | sweep on | sweep off |");
        Line(text, "| --- | ---: | ---: |");
        Row(text, "within target at 00:00", Share(on.AtStart.WithinShare), Share(off.AtStart.WithinShare));
        Row(text, "within target at 24:00", Share(on.AtEnd.WithinShare), Share(off.AtEnd.WithinShare));
        Row(text, "within target, mean of the 24 hourly samples", Share(on.Hours.Average(h => h.AtEnd.WithinShare)), Share(off.Hours.Average(h => h.AtEnd.WithinShare)));
        Row(text, "within target, lowest hourly sample", Share(on.Hours.Min(h => h.AtEnd.WithinShare)), Share(off.Hours.Min(h => h.AtEnd.WithinShare)));
        Row(text, "viewed influencers within their 1 h target at 24:00",
            $"{on.AtEnd.HotWithin} of {on.AtEnd.Hot}", $"{off.AtEnd.HotWithin} of {off.AtEnd.Hot}");
        Row(text, "p50 age at 24:00", Hours(on.AtEnd.P50Age), Hours(off.AtEnd.P50Age));
        Row(text, "p90 age at 24:00", Hours(on.AtEnd.P90Age), Hours(off.AtEnd.P90Age));
        Row(text, "source calls in the day", Count(on.Calls), Count(off.Calls));
        Row(text, $"source calls per hour: mean / max (budget {CallBudgetPerHour})", PerHour(on), PerHour(off));
        Row(text, $"hours over {CallBudgetPerHour} calls", Count(on.Hours.Count(h => h.Calls > CallBudgetPerHour)), Count(off.Hours.Count(h => h.Calls > CallBudgetPerHour)));
        Row(text, "runs succeeded / not succeeded", $"{Count(on.RunsSucceeded)} / {Count(on.RunsNotSucceeded)}", $"{Count(off.RunsSucceeded)} / {Count(off.RunsNotSucceeded)}");
        Row(text, "wall-clock time of the simulation", Seconds(on.Elapsed), Seconds(off.Elapsed));
        Line(text, "");
        Line(text, "| hour (UTC) | within target, on | within target, off | viewed within 1 h, on | viewed within 1 h, off | calls, on | calls, off |");
        Line(text, "| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        for (var hour = 0; hour < on.Hours.Count; hour++)
        {
            var a = on.Hours[hour];
            var b = off.Hours[hour];
            Line(text, $"| {hour:00}:00–{hour + 1:00}:00 | {Share(a.AtEnd.WithinShare)} | {Share(b.AtEnd.WithinShare)} "
                + $"| {a.AtEnd.HotWithin}/{a.AtEnd.Hot} | {b.AtEnd.HotWithin}/{b.AtEnd.Hot} | {a.Calls} | {b.Calls} |");
        }

        return text.ToString();
    }

    private static void Row(StringBuilder text, string figure, string on, string off) => Line(text, $"| {figure} | {on} | {off} |");

    private static void Line(StringBuilder text, FormattableString line) => text.AppendLine(line.ToString(CultureInfo.InvariantCulture));

    private static void Line(StringBuilder text, string line) => text.AppendLine(line);

    private static string PerHour(DayResult day) => string.Create(CultureInfo.InvariantCulture, $"{day.Hours.Average(h => h.Calls):F0} / {day.Hours.Max(h => h.Calls)}");

    private static string Share(double share) => share.ToString("P1", CultureInfo.InvariantCulture);

    private static string Hours(TimeSpan age) => string.Create(CultureInfo.InvariantCulture, $"{age.TotalHours:F1} h");

    private static string Count(int count) => count.ToString("N0", CultureInfo.InvariantCulture);

    private static string Seconds(TimeSpan elapsed) => string.Create(CultureInfo.InvariantCulture, $"{elapsed.TotalSeconds:F0} s");
}
