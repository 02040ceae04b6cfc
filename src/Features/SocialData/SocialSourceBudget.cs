using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using AnalisaAI.Api.Features.SocialData.GetSourceStatus;
using AnalisaAI.Api.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AnalisaAI.Api.Features.SocialData;

/// <summary>
/// The Instagram Graph source's budget in the database (<see cref="SocialSourceState"/>), so every instance
/// spends from the same <c>SocialData:InstagramGraph:CallsPerHour</c>. Taking a call is one conditional UPDATE
/// (not paused, not rejected, window renewed or below the limit): two hosts can never both take the last call.
/// Each operation uses its own DbContext, apart from the run's unit of work.
/// </summary>
public sealed class SocialSourceBudget(IServiceScopeFactory scopes, IOptions<SocialDataOptions> options, TimeProvider time)
    : ISocialSourceBudget
{
    public const string SourceName = "instagramGraph";

    /// <summary>How long a pause lasts when the API does not say (a Graph usage window is one hour).</summary>
    public static readonly TimeSpan DefaultPause = TimeSpan.FromHours(1);

    private static readonly TimeSpan Window = CallPacing.Window;

    private InstagramGraphOptions Settings => options.Value.InstagramGraph;

    public async Task<string?> TryAcquireAsync(Guid influencerId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = time.GetUtcNow().UtcDateTime;

        var fetchedAt = await db.SocialProfileFetches.AsNoTracking()
            .Where(f => f.InfluencerId == influencerId).Select(f => (DateTime?)f.FetchedAt).SingleOrDefaultAsync(cancellationToken);
        if (fetchedAt is { } last && now - last < Settings.RefetchMinAge)
        {
            return $"Profile fetched at {Format(last)}, within the refetch minimum age; stored data used.";
        }

        await EnsureRowAsync(db, now, cancellationToken);
        if (await TakeCallAsync(db, now, cancellationToken))
        {
            return null;
        }

        var status = await StatusAsync(db, now, cancellationToken);
        return status.State switch
        {
            SourceStatus.Unauthorized => "The Instagram Graph API rejected the configured token; stored data used until the configuration changes.",
            SourceStatus.Ok => "The call budget's share up to now is spent (calls are paced evenly over the hour); stored data used.",
            _ => $"The Instagram Graph API source is paused until {Format(status.PausedUntil ?? now)} (usage, rate limit or call budget); stored data used.",
        };
    }

    public async Task ObserveAsync(GraphUsage usage, CancellationToken cancellationToken)
    {
        if (usage.CallsForPause)
        {
            await PauseAsync(usage.TimeToRegainAccess, $"Reported usage at {usage.HighestPercent.ToString("0", CultureInfo.InvariantCulture)} %.", cancellationToken);
        }
    }

    public async Task PauseAsync(TimeSpan? wait, string reason, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = time.GetUtcNow().UtcDateTime;
        await EnsureRowAsync(db, now, cancellationToken);
        var until = now + (wait ?? DefaultPause);
        var shortReason = reason.Length <= SocialSourceState.PauseReasonMaxLength ? reason : reason[..SocialSourceState.PauseReasonMaxLength];

        // A pause only ever extends: a shorter one reported later does not cut an earlier one short.
        await db.SocialSourceStates
            .Where(s => s.Name == SourceName && (s.PausedUntil == null || s.PausedUntil < until))
            .ExecuteUpdateAsync(set => set
                .SetProperty(s => s.PausedUntil, until)
                .SetProperty(s => s.PauseReason, shortReason), cancellationToken);
    }

    public async Task RejectConfigurationAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await EnsureRowAsync(db, time.GetUtcNow().UtcDateTime, cancellationToken);
        var fingerprint = Fingerprint();
        await db.SocialSourceStates.Where(s => s.Name == SourceName)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.RejectedFingerprint, fingerprint), cancellationToken);
    }

    public async Task RecordFetchAsync(Guid influencerId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = time.GetUtcNow().UtcDateTime;
        if (await db.SocialProfileFetches.Where(f => f.InfluencerId == influencerId)
                .ExecuteUpdateAsync(set => set.SetProperty(f => f.FetchedAt, now), cancellationToken) == 0)
        {
            db.SocialProfileFetches.Add(new SocialProfileFetch { InfluencerId = influencerId, FetchedAt = now });
            await SaveIgnoringDuplicateAsync(db, cancellationToken);
        }
    }

    public async Task<int> CallsAvailableAsync(TimeSpan ahead, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = time.GetUtcNow().UtcDateTime;
        var state = await db.SocialSourceStates.AsNoTracking().SingleOrDefaultAsync(s => s.Name == SourceName, cancellationToken);
        if (state is null)
        {
            return CallPacing.Available(Settings.CallsPerHour, null, 0, now, ahead);
        }

        var blocked = state.PausedUntil > now || (state.RejectedFingerprint is not null && state.RejectedFingerprint == Fingerprint());
        return blocked ? 0 : CallPacing.Available(Settings.CallsPerHour, state.WindowStartedAt, state.CallsInWindow, now, ahead);
    }

    public async Task<SourceStatus> StatusAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await StatusAsync(db, time.GetUtcNow().UtcDateTime, cancellationToken);
    }

    private async Task<SourceStatus> StatusAsync(AppDbContext db, DateTime now, CancellationToken cancellationToken)
    {
        var limit = Settings.CallsPerHour;
        var state = await db.SocialSourceStates.AsNoTracking().SingleOrDefaultAsync(s => s.Name == SourceName, cancellationToken);
        if (state is null)
        {
            return new SourceStatus(SourceName, SourceStatus.Ok, 0, limit, null);
        }

        var windowOpen = state.WindowStartedAt > now - Window;
        var calls = windowOpen ? state.CallsInWindow : 0;
        if (state.RejectedFingerprint is not null && state.RejectedFingerprint == Fingerprint())
        {
            return new SourceStatus(SourceName, SourceStatus.Unauthorized, calls, limit, null);
        }

        DateTime? pausedUntil = state.PausedUntil > now ? state.PausedUntil : null;
        if (windowOpen && calls >= limit)
        {
            var budgetBack = state.WindowStartedAt + Window;
            pausedUntil = pausedUntil is { } p && p > budgetBack ? p : budgetBack;
        }

        return new SourceStatus(SourceName, pausedUntil is null ? SourceStatus.Ok : SourceStatus.Paused, calls, limit, pausedUntil);
    }

    /// <summary>
    /// Takes one call if the source is neither paused nor rejected and the pacing allows it: a new window when
    /// the last is an hour old, else below the share the open window allows by now. The update re-checks the
    /// window it read, so two hosts never both take the last call; a host that lost the race reads again.
    /// </summary>
    private async Task<bool> TakeCallAsync(AppDbContext db, DateTime now, CancellationToken cancellationToken)
    {
        var fingerprint = Fingerprint();
        var limit = Settings.CallsPerHour;
        for (var round = 0; round < TakeRounds; round++)
        {
            var start = await db.SocialSourceStates.AsNoTracking().Where(s => s.Name == SourceName)
                .Select(s => s.WindowStartedAt).SingleAsync(cancellationToken);
            var open = start > now - Window;
            var allowed = open ? CallPacing.AllowedBy(limit, start, now, Settings.PaceAhead) : limit;
            var usable = db.SocialSourceStates.Where(s => s.Name == SourceName
                && s.WindowStartedAt == start
                && (s.PausedUntil == null || s.PausedUntil <= now)
                && (s.RejectedFingerprint == null || s.RejectedFingerprint != fingerprint));
            var taken = open
                ? await usable.Where(s => s.CallsInWindow < allowed)
                    .ExecuteUpdateAsync(set => set.SetProperty(s => s.CallsInWindow, s => s.CallsInWindow + 1), cancellationToken)
                : await usable.ExecuteUpdateAsync(set => set.SetProperty(s => s.CallsInWindow, 1).SetProperty(s => s.WindowStartedAt, now), cancellationToken);
            if (taken == 1)
            {
                return true;
            }

            // Nothing changed: either no call is left, or another host renewed the window in between.
            if (await db.SocialSourceStates.AsNoTracking().AnyAsync(s => s.Name == SourceName && s.WindowStartedAt == start, cancellationToken))
            {
                return false;
            }
        }

        return false;
    }

    private const int TakeRounds = 3;

    private static async Task EnsureRowAsync(AppDbContext db, DateTime now, CancellationToken cancellationToken)
    {
        if (await db.SocialSourceStates.AnyAsync(s => s.Name == SourceName, cancellationToken))
        {
            return;
        }

        db.SocialSourceStates.Add(new SocialSourceState { Name = SourceName, WindowStartedAt = now });
        await SaveIgnoringDuplicateAsync(db, cancellationToken);
    }

    /// <summary>Another instance may insert the same key first; its row is as good as ours.</summary>
    private static async Task SaveIgnoringDuplicateAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (!DatabaseErrors.IsTransient(exception))
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>What identifies the configuration the API judged: a hash, so the token itself is never stored.</summary>
    private string Fingerprint()
    {
        var settings = Settings;
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes($"{settings.BaseUrl}\n{settings.BusinessAccountId}\n{settings.AccessToken}"));
        return Convert.ToHexString(bytes);
    }

    private static string Format(DateTime instant) => instant.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
