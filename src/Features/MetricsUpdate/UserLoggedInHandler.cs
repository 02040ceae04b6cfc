using AnalisaAI.Api.Features.Auth;
using Mediator;
using Microsoft.Extensions.Options;

namespace AnalisaAI.Api.Features.MetricsUpdate;

/// <summary>
/// After a login: claim up to LoginBatchSize stale influencers and hand them to the background runner.
/// Only the claim runs on the login's path; any failure is logged and swallowed, never the login's.
/// </summary>
public sealed partial class UserLoggedInHandler(
    MetricsUpdateState state,
    MetricsUpdateQueue queue,
    IOptions<MetricsUpdateOptions> options,
    ILogger<UserLoggedInHandler> logger) : INotificationHandler<UserLoggedIn>
{
    public async ValueTask Handle(UserLoggedIn notification, CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        try
        {
            // The claim must not be cut short by a client that hangs up after its tokens are saved.
            var claimed = await state.ClaimAsync(options.Value.LoginBatchSize, CancellationToken.None);
            if (claimed.Count == 0)
            {
                return;
            }

            LogStarting(claimed.Count, notification.UserId, claimed);
            queue.Enqueue(claimed);
        }
        catch (Exception exception)
        {
            LogClaimFailed(exception, notification.UserId);
        }
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Starting automatic metrics update of {Count} influencers after login of user {UserId}: {InfluencerIds}")]
    private partial void LogStarting(int count, Guid userId, IReadOnlyList<Guid> influencerIds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Error updating metrics: could not start the automatic update after login of user {UserId}")]
    private partial void LogClaimFailed(Exception exception, Guid userId);
}
