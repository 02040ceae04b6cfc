using System.Threading.Channels;

namespace AnalisaAI.Api.Features.MetricsUpdate.Execution;

/// <summary>
/// Influencers claimed for logins, waiting for <see cref="LoginRunner"/>. Bounded: when the runner is
/// held back by the budget, the dispatcher waits here instead of claiming more than will run soon.
/// </summary>
public sealed class LoginQueue
{
    public const int Capacity = 100;

    private readonly Channel<Guid> channel = Channel.CreateBounded<Guid>(new BoundedChannelOptions(Capacity) { SingleReader = true, SingleWriter = true });

    public ChannelReader<Guid> Reader => channel.Reader;

    public ValueTask EnqueueAsync(Guid influencerId, CancellationToken cancellationToken) => channel.Writer.WriteAsync(influencerId, cancellationToken);
}
