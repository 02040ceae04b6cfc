namespace AnalisaAI.Api.Features.MetricsUpdate.Freshness;

/// <summary>
/// The limit of freshness under a call budget. Data stays within a target T only if it is fetched at least
/// once per T, so one influencer costs 1/T calls an hour at best (fetched just as its data reaches T), and a
/// budget of B calls an hour keeps at most B·T of n influencers within target: a share of min(1, B·T / n).
/// Hot influencers are served first (the scheduler's order), the cold ones get what is left. An empty class
/// has nothing to miss: its share is 1. Without a call budget (the <c>Stored</c> source, null) no budget binds:
/// every share is 1 and no calls are needed.
/// </summary>
public static class FreshnessLimitCalculator
{
    public static FreshnessLimit Calculate(int hot, int cold, TimeSpan hotTarget, TimeSpan target, int? callsPerHour)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(hot);
        ArgumentOutOfRangeException.ThrowIfNegative(cold);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(hotTarget, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(target, TimeSpan.Zero);
        if (callsPerHour is not { } budget)
        {
            return new FreshnessLimit(1, 1, 1, 0);
        }

        var hour = TimeSpan.FromHours(1);
        var hotNeeded = hot * (hour / hotTarget);
        var coldNeeded = cold * (hour / target);
        var hotShare = Share(budget, hotNeeded);
        var coldShare = Share(Math.Max(0, budget - hotNeeded), coldNeeded);
        var overall = hot + cold == 0 ? 1 : ((hotShare * hot) + (coldShare * cold)) / (hot + cold);
        return new FreshnessLimit(overall, hotShare, coldShare, hotNeeded + coldNeeded);
    }

    private static double Share(double calls, double needed) => needed <= 0 ? 1 : Math.Min(1, calls / needed);
}
