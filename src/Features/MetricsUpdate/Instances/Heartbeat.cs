using AnalisaAI.Api.Features.MetricsUpdate.ManualRuns;
using AnalisaAI.Api.Infrastructure.Persistence;
using AnalisaAI.Api.Infrastructure.Scheduling;
using Microsoft.Extensions.Options;

namespace AnalisaAI.Api.Features.MetricsUpdate.Instances;

/// <summary>
/// This instance in the update: its id, stamped on the runs it starts, and its heartbeat. At start-up and on
/// every beat (every Scheduling:ClusterCheckinInterval) it recovers the runs of instances silent for longer
/// than <see cref="SchedulingOptions.DeadAfter"/> (a crash, a kill): manual runs go back
/// to the queue and run again; the others are recorded as failed ("interrupted"); their influencers are
/// released. On SQLite only one instance can use the database, so at start-up every other instance's runs
/// are interrupted ones. After a beat failed (the database was away for this instance, and so for the others
/// too), it judges no one for one DeadAfter: the others need that long to beat again, and their runs, waiting for
/// the database like this instance's, are not interrupted. It also recovers the runs stamped with this instance,
/// older than one DeadAfter, that this process no longer executes (<see cref="ActiveRuns"/>): a run whose end could
/// not be written while the database was away would otherwise stay running as long as this instance lives.
/// </summary>
public sealed partial class Heartbeat(
    IServiceScopeFactory scopes,
    ManualRunner manualRunner,
    ActiveRuns activeRuns,
    IOptions<SchedulingOptions> scheduling,
    DatabaseConnection connection,
    TimeProvider time,
    ILogger<Heartbeat> logger) : BackgroundService
{
    public string Id { get; } = Instance.NewId();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Beats with the scheduler's cluster check-in: an instance silent for longer than its DeadAfter is dead.
        using var beats = new PeriodicTimer(scheduling.Value.ClusterCheckinInterval);
        var failedBeat = false;
        var judgeFrom = DateTime.MinValue;
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var registry = scope.ServiceProvider.GetRequiredService<InstanceRegistry>();
                await registry.BeatAsync(Id, stoppingToken);
                var now = time.GetUtcNow().UtcDateTime;
                var abandoned = await registry.RecoverAbandonedRunsAsync(activeRuns.Snapshot(), now - scheduling.Value.DeadAfter, stoppingToken);
                if (abandoned.Closed + abandoned.Requeued > 0)
                {
                    LogRecoveredAbandoned(abandoned.Closed, abandoned.Requeued);
                    manualRunner.Notify();
                }

                if (failedBeat)
                {
                    failedBeat = false;
                    judgeFrom = now + scheduling.Value.DeadAfter;
                }

                if (now < judgeFrom)
                {
                    continue;
                }

                var deadBefore = now - (connection.IsSqlite ? TimeSpan.Zero : scheduling.Value.DeadAfter);
                var (closed, requeued) = await registry.RecoverInterruptedRunsAsync(Id, deadBefore, stoppingToken);
                if (closed + requeued > 0)
                {
                    LogRecovered(closed, requeued);
                }

                if (requeued > 0)
                {
                    manualRunner.Notify();
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                failedBeat = true;
                LogBeatFailed(exception);
            }
        }
        while (await beats.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Runs left running by instances that stopped: closed {Closed} as interrupted, queued {Requeued} manual runs again")]
    private partial void LogRecovered(int closed, int requeued);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Runs this instance left running without executing them: closed {Closed} as interrupted, queued {Requeued} manual runs again")]
    private partial void LogRecoveredAbandoned(int closed, int requeued);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Error updating metrics: the heartbeat of this instance failed; retrying at the next beat")]
    private partial void LogBeatFailed(Exception exception);
}
