namespace AnalisaAI.Api.Features.Metrics.Growth;

/// <summary>The growth rules of docs/metrics.md (section "Growth").</summary>
public static class GrowthCalculator
{
    public static GrowthMetrics Calculate(GrowthInputs inputs, long followers)
    {
        ArgumentNullException.ThrowIfNull(inputs);

        var latest = inputs.Latest;
        if (latest is null)
        {
            return new GrowthMetrics(followers, null, null, null, null, null, null, null, null, null, null);
        }

        var base30 = inputs.Base30;
        var net30 = NetNew(latest, base30);

        double? avgDailyGrowth30 = null;
        long? projected30 = null;
        if (base30 is not null)
        {
            // base(30) is at least 30 days before latest, so d >= 30 and never 0.
            double days = latest.Date.DayNumber - base30.Date.DayNumber;
            avgDailyGrowth30 = net30 / days;

            if (base30.Followers > 0)
            {
                var ratio = (double)latest.Followers / base30.Followers;
                projected30 = SaturatingRound(latest.Followers * Math.Pow(ratio, 30 / days));
            }
        }

        // Churn needs "lost" for every recent day; a partial sum would understate it.
        double? churnRate30 = base30 is { Followers: > 0 }
                              && inputs.RecentCount > 0
                              && inputs.RecentWithLostCount == inputs.RecentCount
            ? (double)inputs.RecentLostSum / base30.Followers * 100
            : null;

        return new GrowthMetrics(
            Followers: followers,
            NetNewFollowers1: NetNew(latest, inputs.Base1),
            NetNewFollowers7: NetNew(latest, inputs.Base7),
            NetNewFollowers30: net30,
            GrowthRate1: Rate(latest, inputs.Base1),
            GrowthRate7: Rate(latest, inputs.Base7),
            GrowthRate30: Rate(latest, base30),
            AvgDailyGrowth30: avgDailyGrowth30,
            ChurnRate30: churnRate30,
            RetentionRate30: churnRate30 is { } churn ? Math.Max(0, 100 - churn) : null,
            ProjectedFollowers30: projected30);
    }

    // Explosive growth from a tiny base (1 to 10^12 followers) projects past what a long holds: the
    // projection saturates at long.MaxValue instead of wrapping or throwing.
    private static long SaturatingRound(double projection)
    {
        var rounded = Math.Round(projection, MidpointRounding.AwayFromZero);
        return rounded >= long.MaxValue ? long.MaxValue : (long)rounded;
    }

    private static long? NetNew(SnapshotPoint latest, SnapshotPoint? baseline) =>
        baseline is null ? null : latest.Followers - baseline.Followers;

    private static double? Rate(SnapshotPoint latest, SnapshotPoint? baseline) =>
        baseline is null || baseline.Followers == 0
            ? null
            : (double)(latest.Followers - baseline.Followers) / baseline.Followers * 100;
}
