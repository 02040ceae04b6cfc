using AnalisaAI.Api.Features.Auth;
using Mediator;
using Microsoft.Extensions.Options;

namespace AnalisaAI.Api.Features.MetricsUpdate;

/// <summary>
/// After a token refresh: claim the single stalest influencer and schedule its recalculation as a Quartz
/// job. Only the claim and the scheduling run on the refresh's path; any failure is logged and swallowed.
/// </summary>
public sealed partial class TokenRefreshedHandler(
    MetricsUpdateState state,
    MetricsUpdateScheduler scheduler,
    IOptions<MetricsUpdateOptions> options,
    ILogger<TokenRefreshedHandler> logger) : INotificationHandler<TokenRefreshed>
{
    public async ValueTask Handle(TokenRefreshed notification, CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        IReadOnlyList<Guid> claimed = [];
        bool scheduled;
        try
        {
            claimed = await state.ClaimAsync(1, CancellationToken.None);
            if (claimed.Count == 0)
            {
                return;
            }

            (scheduled, _) = await scheduler.ScheduleAsync(claimed[0], RunTrigger.Refresh, null, CancellationToken.None);
        }
        catch (Exception exception)
        {
            LogFailed(exception, notification.UserId);
            await ReleaseAsync(claimed, notification.UserId);
            return;
        }

        if (scheduled)
        {
            LogScheduled(claimed[0], notification.UserId);
        }
        else
        {
            // A recalculation of this influencer is already pending; it covers this one.
            await ReleaseAsync(claimed, notification.UserId);
        }
    }

    /// <summary>Gives back a claim that no job will use; if that fails too, the claim expires by itself.</summary>
    private async Task ReleaseAsync(IReadOnlyList<Guid> claimed, Guid userId)
    {
        if (claimed.Count == 0)
        {
            return;
        }

        try
        {
            await state.ReleaseAsync(claimed, CancellationToken.None);
        }
        catch (Exception exception)
        {
            LogReleaseFailed(exception, claimed[0], userId);
        }
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Scheduled metrics update in background for influencer {InfluencerId} after token refresh of user {UserId}")]
    private partial void LogScheduled(Guid influencerId, Guid userId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Error updating metrics: could not schedule the update after token refresh of user {UserId}")]
    private partial void LogFailed(Exception exception, Guid userId);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Could not release influencer {InfluencerId} after token refresh of user {UserId}; its claim will expire")]
    private partial void LogReleaseFailed(Exception exception, Guid influencerId, Guid userId);
}
