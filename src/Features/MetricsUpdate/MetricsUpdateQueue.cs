using System.Threading.Channels;

namespace AnalisaAI.Api.Features.MetricsUpdate;

/// <summary>
/// The hand-off between a login and the background runner: claimed influencer ids wait here, so the
/// login answers without waiting for any recalculation.
/// </summary>
public sealed class MetricsUpdateQueue
{
    private readonly Channel<Guid> channel = Channel.CreateUnbounded<Guid>(new UnboundedChannelOptions { SingleReader = true });

    public ChannelReader<Guid> Reader => channel.Reader;

    public void Enqueue(IEnumerable<Guid> influencerIds)
    {
        foreach (var id in influencerIds)
        {
            // An unbounded channel always accepts until it is completed at shutdown.
            channel.Writer.TryWrite(id);
        }
    }
}
