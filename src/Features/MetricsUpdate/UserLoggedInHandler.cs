using AnalisaAI.Api.Features.Auth;
using Mediator;
using Microsoft.Extensions.Options;

namespace AnalisaAI.Api.Features.MetricsUpdate;

/// <summary>
/// After a login: leave a trigger for the dispatcher, which claims up to LoginBatchSize stale influencers in
/// the background. The login's own path does O(1) in-memory work for the update and cannot fail because of it.
/// </summary>
public sealed class UserLoggedInHandler(MetricsUpdateTriggers triggers, IOptions<MetricsUpdateOptions> options)
    : INotificationHandler<UserLoggedIn>
{
    public ValueTask Handle(UserLoggedIn notification, CancellationToken cancellationToken)
    {
        if (options.Value.Enabled)
        {
            triggers.Enqueue(new MetricsUpdateTrigger(RunTrigger.Login, notification.UserId));
        }

        return ValueTask.CompletedTask;
    }
}
