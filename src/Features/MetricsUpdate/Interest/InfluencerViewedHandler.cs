using AnalisaAI.Api.Features.Influencers;
using Mediator;

namespace AnalisaAI.Api.Features.MetricsUpdate.Interest;

/// <summary>Counts a read of an influencer as interest, in memory; <see cref="ViewRecorder"/> writes them in batches.</summary>
public sealed class InfluencerViewedHandler(ViewRecorder views) : INotificationHandler<InfluencerViewed>
{
    public ValueTask Handle(InfluencerViewed notification, CancellationToken cancellationToken)
    {
        views.Record(notification.InfluencerId);
        return ValueTask.CompletedTask;
    }
}
