using AnalisaAI.Api.Features.MetricsUpdate.Claims;
using AnalisaAI.Api.Features.MetricsUpdate.Execution;
using AnalisaAI.Api.Features.MetricsUpdate.Runs;
using AnalisaAI.Api.Features.MetricsUpdate.Scheduling;
using Microsoft.Extensions.Options;

namespace AnalisaAI.Api.Features.MetricsUpdate.Triggers;

/// <summary>
/// Claims for the triggers that logins and refreshes left, in the background and within the budget. A burst
/// of triggers shares one claim statement (when the instance is busy, one trigger per turn): the claim orders
/// by staleness and the triggers take their shares in arrival order, LoginBatchSize for a login (handed to
/// <see cref="LoginRunner"/>), one for a refresh (scheduled as a Quartz job). A failure is logged and
/// its claims released; the next burst goes on.
/// </summary>
public sealed partial class TriggerDispatcher(
    TriggerQueue triggers,
    LoginQueue queue,
    Budget budget,
    IServiceScopeFactory scopes,
    IOptions<MetricsUpdateOptions> options,
    ILogger<TriggerDispatcher> logger) : BackgroundService
{
    /// <summary>Triggers that share one claim statement at most.</summary>
    private const int MaxBurst = 20;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (await triggers.Reader.WaitToReadAsync(stoppingToken))
            {
                await budget.EnterClaimAsync(stoppingToken);
                var limit = budget.ForegroundIsBusy ? 1 : MaxBurst;
                var burst = new List<Trigger>(limit);
                while (burst.Count < limit && triggers.Reader.TryRead(out var trigger))
                {
                    burst.Add(trigger);
                }

                await DispatchAsync(burst, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Triggers still waiting are dropped with the process: nothing was claimed for them.
        }
    }

    private async Task DispatchAsync(IReadOnlyList<Trigger> burst, CancellationToken stoppingToken)
    {
        var loginBatch = options.Value.LoginBatchSize;
        await using var scope = scopes.CreateAsyncScope();
        var claims = scope.ServiceProvider.GetRequiredService<ClaimStore>();

        IReadOnlyList<Guid> claimed;
        try
        {
            claimed = await claims.ClaimAsync(burst.Sum(t => t.Kind == RunTrigger.Login ? loginBatch : 1), CancellationToken.None);
        }
        catch (Exception exception)
        {
            foreach (var trigger in burst)
            {
                LogClaimFailed(exception, trigger.Kind, trigger.UserId);
            }

            return;
        }

        var next = 0;
        foreach (var trigger in burst)
        {
            var share = claimed.Skip(next).Take(trigger.Kind == RunTrigger.Login ? loginBatch : 1).ToArray();
            next += share.Length;
            if (share.Length == 0)
            {
                continue;
            }

            if (trigger.Kind == RunTrigger.Login)
            {
                LogStarting(share.Length, trigger.UserId, share);
                await HandToRunnerAsync(claims, share, claimed.Skip(next).ToArray(), stoppingToken);
            }
            else
            {
                await ScheduleAsync(scope.ServiceProvider.GetRequiredService<RefreshScheduler>(), claims, share[0], trigger.UserId);
            }
        }
    }

    private async Task HandToRunnerAsync(ClaimStore claims, Guid[] share, Guid[] later, CancellationToken stoppingToken)
    {
        for (var i = 0; i < share.Length; i++)
        {
            try
            {
                await queue.EnqueueAsync(share[i], stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                // Stopping: give back what will not run now, so the next instance or start can pick it.
                await ReleaseAsync(claims, [.. share[i..], .. later], Guid.Empty);
                throw;
            }
        }
    }

    private async Task ScheduleAsync(RefreshScheduler scheduler, ClaimStore claims, Guid influencerId, Guid userId)
    {
        try
        {
            if (await scheduler.ScheduleRefreshAsync(influencerId, CancellationToken.None))
            {
                LogScheduled(influencerId, userId);
                return;
            }
        }
        catch (Exception exception)
        {
            LogScheduleFailed(exception, userId);
        }

        // Not scheduled (a pending job covers it, or scheduling failed): give the claim back.
        await ReleaseAsync(claims, [influencerId], userId);
    }

    /// <summary>Gives back claims that no run will use; if that fails too, they expire by themselves.</summary>
    private async Task ReleaseAsync(ClaimStore claims, IReadOnlyCollection<Guid> influencerIds, Guid userId)
    {
        try
        {
            await claims.ReleaseAsync(influencerIds, CancellationToken.None);
        }
        catch (Exception exception)
        {
            LogReleaseFailed(exception, influencerIds.Count, userId);
        }
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Starting automatic metrics update of {Count} influencers after login of user {UserId}: {InfluencerIds}")]
    private partial void LogStarting(int count, Guid userId, IReadOnlyList<Guid> influencerIds);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Scheduled metrics update in background for influencer {InfluencerId} after token refresh of user {UserId}")]
    private partial void LogScheduled(Guid influencerId, Guid userId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Error updating metrics: could not claim influencers for the {Trigger} of user {UserId}")]
    private partial void LogClaimFailed(Exception exception, RunTrigger trigger, Guid userId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Error updating metrics: could not schedule the update after token refresh of user {UserId}")]
    private partial void LogScheduleFailed(Exception exception, Guid userId);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Could not release {Count} claimed influencers (trigger of user {UserId}); their claims will expire")]
    private partial void LogReleaseFailed(Exception exception, int count, Guid userId);
}
