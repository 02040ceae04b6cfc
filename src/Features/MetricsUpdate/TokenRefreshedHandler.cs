using AnalisaAI.Api.Features.Auth;
using Mediator;
using Microsoft.Extensions.Options;

namespace AnalisaAI.Api.Features.MetricsUpdate;

/// <summary>
/// After a token refresh: leave a trigger for the dispatcher, which claims the single stalest influencer and
/// schedules its recalculation as a Quartz job in the background. The refresh's path does O(1) in-memory work.
/// </summary>
public sealed class TokenRefreshedHandler(MetricsUpdateTriggers triggers, IOptions<MetricsUpdateOptions> options)
    : INotificationHandler<TokenRefreshed>
{
    public ValueTask Handle(TokenRefreshed notification, CancellationToken cancellationToken)
    {
        if (options.Value.Enabled)
        {
            triggers.Enqueue(new MetricsUpdateTrigger(RunTrigger.Refresh, notification.UserId));
        }

        return ValueTask.CompletedTask;
    }
}
