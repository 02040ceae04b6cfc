using System.Threading.Channels;
using AnalisaAI.Api.Features.MetricsUpdate.Runs;
using AnalisaAI.Api.Features.MetricsUpdate.Telemetry;
using Microsoft.Extensions.Options;

namespace AnalisaAI.Api.Features.MetricsUpdate.Triggers;

/// <summary>
/// The only work a login or a refresh does for the update: put a trigger in a bounded in-memory queue, O(1),
/// no database, no scheduler. <see cref="TriggerDispatcher"/> claims for them in the background. When
/// the queue is full the trigger is dropped: each drop is counted (<c>analisaai_metric_update_triggers_dropped_total</c>) and logged (the first at once, then a
/// summary at most every few seconds, so an overload does not also flood the log).
/// </summary>
public sealed partial class TriggerQueue(IOptions<MetricsUpdateOptions> options, ILogger<TriggerQueue> logger)
{
    private static readonly TimeSpan DropLogInterval = TimeSpan.FromSeconds(10);

    private readonly Channel<Trigger> channel = Channel.CreateBounded<Trigger>(
        new BoundedChannelOptions(options.Value.Budget.TriggerQueueCapacity)
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = true,
        });

    private long dropped;
    private long droppedLogged;
    private long lastDropLog;

    public ChannelReader<Trigger> Reader => channel.Reader;

    public void Enqueue(Trigger trigger)
    {
        if (channel.Writer.TryWrite(trigger))
        {
            return;
        }

        var total = Interlocked.Increment(ref dropped);
        RunTelemetry.TriggerDropped(trigger.Kind);
        var now = Environment.TickCount64;
        var last = Interlocked.Read(ref lastDropLog);
        if ((last == 0 || now - last >= DropLogInterval.TotalMilliseconds) && Interlocked.CompareExchange(ref lastDropLog, now, last) == last)
        {
            var sinceLastLog = total - Interlocked.Exchange(ref droppedLogged, total);
            LogDropped(trigger.Kind, trigger.UserId, sinceLastLog, total);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Metrics update trigger dropped: the queue of pending triggers is full (latest: {Trigger} of user {UserId}; {Dropped} dropped since the last report, {Total} in all)")]
    private partial void LogDropped(RunTrigger trigger, Guid userId, long dropped, long total);
}
