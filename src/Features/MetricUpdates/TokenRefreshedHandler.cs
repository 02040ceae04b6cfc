using AnalisaAI.Api.Features.Auth;
using AnalisaAI.Api.Features.Metrics;
using AnalisaAI.Api.Features.MetricUpdates.ScheduleRecalculation;
using Mediator;
using Microsoft.Extensions.Options;

namespace AnalisaAI.Api.Features.MetricUpdates;

/// <summary>
/// After a token refresh: claim the single stalest influencer and schedule its recalculation as a Quartz
/// job. Only the claim and the scheduling run on the refresh's path; any failure is logged and swallowed.
/// </summary>
public sealed partial class TokenRefreshedHandler(
    InfluencerClaims claims,
    ISender sender,
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
        ScheduleRecalculationResult result;
        try
        {
            claimed = await claims.ClaimStalestAsync(1, CancellationToken.None);
            if (claimed.Count == 0)
            {
                return;
            }

            result = await sender.Send(new ScheduleRecalculationCommand(claimed[0], RunTrigger.Refresh), CancellationToken.None);
        }
        catch (Exception exception)
        {
            LogFailed(exception, notification.UserId);
            await ReleaseAsync(claimed, notification.UserId);
            return;
        }

        if (result.Scheduled)
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
            await claims.ReleaseAsync(claimed, CancellationToken.None);
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
