using AnalisaAI.Api.Features.Influencers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Query;

namespace AnalisaAI.Api.Features.MetricsUpdate.Claims;

/// <summary>
/// The back-off after failed runs, and the only writer of its two columns: an influencer whose run failed is
/// not claimed again before <see cref="RetryNotBeforeColumn"/>, a wait that doubles per consecutive failure
/// (<c>MetricsUpdate:FailureBackoff</c>) so that a broken influencer cannot starve the rest. A success resets it.
/// </summary>
/// <remarks>Both are shadow properties of the influencer row: the catalogue does not know them.</remarks>
public static class Backoff
{
    public const string RetryNotBeforeColumn = "RetryNotBefore";
    public const string ConsecutiveFailuresColumn = "ConsecutiveFailures";

    /// <summary>After a successful run: no failures, no wait (written with the run's commit).</summary>
    public static void Reset(EntityEntry<Influencer> influencer)
    {
        ArgumentNullException.ThrowIfNull(influencer);
        influencer.Property<int>(ConsecutiveFailuresColumn).CurrentValue = 0;
        influencer.Property<DateTime?>(RetryNotBeforeColumn).CurrentValue = null;
    }

    /// <summary>
    /// After a failed run. A failure that is not the influencer's (a shutdown) neither counts nor waits; a
    /// permanent one (the account cannot be read) waits the longest back-off at once, as retrying soon cannot heal it.
    /// </summary>
    public static void AfterFailure(
        UpdateSettersBuilder<Influencer> set,
        ClaimState state,
        DateTime now,
        bool countsAsFailure,
        bool permanent,
        MetricsUpdateOptions.BackoffSettings settings)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(settings);
        var failures = countsAsFailure ? state.ConsecutiveFailures + 1 : state.ConsecutiveFailures;
        DateTime? retryNotBefore = countsAsFailure ? now.Add(permanent ? settings.Max : settings.After(failures)) : null;
        set.SetProperty(i => EF.Property<int>(i, ConsecutiveFailuresColumn), failures)
            .SetProperty(i => EF.Property<DateTime?>(i, RetryNotBeforeColumn), retryNotBefore);
    }
}
