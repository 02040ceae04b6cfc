using AnalisaAI.Api.Features.Auth;
using AnalisaAI.Api.Features.MetricsUpdate.Runs;
using Mediator;
using Microsoft.Extensions.Options;

namespace AnalisaAI.Api.Features.MetricsUpdate.Triggers;

/// <summary>
/// After a login or a token refresh: leave a trigger for <see cref="TriggerDispatcher"/>, which claims
/// in the background (up to LoginBatchSize stale influencers for a login, the single stalest for a refresh).
/// The request's own path does O(1) in-memory work for the update and cannot fail because of it.
/// </summary>
public sealed class TriggerHandler(TriggerQueue triggers, IOptions<MetricsUpdateOptions> options)
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
            triggers.Enqueue(new Trigger(kind, userId));
        }

        return ValueTask.CompletedTask;
    }
}
