using AnalisaAI.Api.Features.Auth;
using Mediator;
using Microsoft.Extensions.Options;

namespace AnalisaAI.Api.Features.MetricsUpdate;

/// <summary>
/// After a login or a token refresh: leave a trigger for <see cref="MetricsUpdateDispatcher"/>, which claims
/// in the background (up to LoginBatchSize stale influencers for a login, the single stalest for a refresh).
/// The request's own path does O(1) in-memory work for the update and cannot fail because of it.
/// </summary>
public sealed class MetricsUpdateTriggerHandler(MetricsUpdateTriggers triggers, IOptions<MetricsUpdateOptions> options)
    : INotificationHandler<UserLoggedIn>, INotificationHandler<TokenRefreshed>
{
    public ValueTask Handle(UserLoggedIn notification, CancellationToken cancellationToken) =>
        Trigger(RunTrigger.Login, notification.UserId);

    public ValueTask Handle(TokenRefreshed notification, CancellationToken cancellationToken) =>
        Trigger(RunTrigger.Refresh, notification.UserId);

    private ValueTask Trigger(RunTrigger kind, Guid userId)
    {
        if (options.Value.Enabled)
        {
            triggers.Enqueue(new MetricsUpdateTrigger(kind, userId));
        }

        return ValueTask.CompletedTask;
    }
}
