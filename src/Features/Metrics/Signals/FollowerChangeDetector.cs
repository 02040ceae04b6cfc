using System.Globalization;

namespace AnalisaAI.Api.Features.Metrics.Signals;

/// <summary>
/// The daily changes, tested days, spikes and drops of docs/metrics.md ("Stage 6: signals"). Medians, MADs and
/// excesses are multiples of 0.25, exact in a double, and the thresholds are compared as written, never divided.
/// </summary>
public static class FollowerChangeDetector
{
    private const int TestedDays = 30;
    private const int BaselineLength = 14;
    private const int MinBaselineValues = 7;
    private const double MinExcess = 100;

    /// <summary>The spike and drop flags, in that order, from the snapshots dated on or before T's date.</summary>
    public static (SignalFlag Spike, SignalFlag Drop) Detect(IReadOnlyList<DailyFollowers> snapshots, DateOnly calculationDate)
    {
        ArgumentNullException.ThrowIfNull(snapshots);

        var followers = new Dictionary<DateOnly, long>();
        foreach (var s in snapshots.Where(s => s.Date <= calculationDate))
        {
            followers[s.Date] = s.Followers;
        }

        if (followers.Count == 0)
        {
            return (Insufficient(SignalIds.FollowerSpike), Insufficient(SignalIds.FollowerDrop));
        }

        var latest = followers.Keys.Max();
        var tested = new List<TestedDay>();
        for (var d = latest.AddDays(-(TestedDays - 1)); d <= latest; d = d.AddDays(1))
        {
            if (Change(followers, d) is not { } change)
            {
                continue;
            }

            var baseline = new List<double>();
            for (var b = d.AddDays(-BaselineLength); b < d; b = b.AddDays(1))
            {
                if (Change(followers, b) is { } c)
                {
                    baseline.Add(c);
                }
            }

            if (baseline.Count < MinBaselineValues)
            {
                continue;
            }

            var m = Median.Of(baseline)!.Value;
            var mad = Median.Of(baseline.Select(x => Math.Abs(x - m)))!.Value;
            tested.Add(new TestedDay(d, change, followers[d.AddDays(-1)], m, mad, baseline.Count));
        }

        if (tested.Count == 0)
        {
            return (Insufficient(SignalIds.FollowerSpike), Insufficient(SignalIds.FollowerDrop));
        }

        return (
            Flag(SignalIds.FollowerSpike, tested, t => t.Change - t.Median),
            Flag(SignalIds.FollowerDrop, tested, t => t.Median - t.Change));
    }

    private static SignalFlag Flag(string id, List<TestedDay> tested, Func<TestedDay, double> excessOf)
    {
        var matching = tested
            .Select(t => (Day: t, Excess: excessOf(t)))
            .Where(x => Matches(x.Excess, x.Day.Previous, x.Day.Mad))
            .ToArray();
        if (matching.Length == 0)
        {
            return new SignalFlag(id, SignalStatus.Clear, null);
        }

        // The greatest excess; on equal excess, the later day.
        var best = matching.OrderByDescending(x => x.Excess).ThenByDescending(x => x.Day.Date).First().Day;
        var evidence = new FollowerChangeEvidence(
            best.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            best.Change,
            best.Median,
            best.Mad,
            best.BaselineDays,
            matching.Length);
        return new SignalFlag(id, SignalStatus.Raised, evidence);
    }

    // excess >= 100, at least 1 % of the previous day's followers, and the modified z-score
    // 0.6745 * excess / MAD > 5 written without division (it holds when MAD = 0 and excess > 0).
    private static bool Matches(double excess, long previous, double mad) =>
        excess >= MinExcess && 100 * excess >= previous && 1349 * excess > 10000 * mad;

    private static long? Change(Dictionary<DateOnly, long> followers, DateOnly d) =>
        followers.TryGetValue(d, out var today) && followers.TryGetValue(d.AddDays(-1), out var before)
            ? today - before
            : null;

    private static SignalFlag Insufficient(string id) => new(id, SignalStatus.InsufficientData, null);
}
