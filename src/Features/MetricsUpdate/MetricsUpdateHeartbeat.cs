using AnalisaAI.Api.Infrastructure.Persistence;

namespace AnalisaAI.Api.Features.MetricsUpdate;

/// <summary>
/// This instance in the update: its id, stamped on the runs it starts, and its heartbeat. At start-up and on
/// every beat it closes the runs of instances that stopped beating (a crash, a kill): they are recorded as
/// failed ("interrupted") and their influencers released. On SQLite only one instance can use the database,
/// so at start-up every other instance's runs are interrupted ones.
/// </summary>
public sealed partial class MetricsUpdateHeartbeat(
    IServiceScopeFactory scopes,
    DatabaseConnection connection,
    TimeProvider time,
    ILogger<MetricsUpdateHeartbeat> logger) : BackgroundService
{
    private static readonly TimeSpan BeatInterval = TimeSpan.FromSeconds(10);

    /// <summary>An instance silent this long (several missed beats) is taken for dead.</summary>
    private static readonly TimeSpan DeadAfter = TimeSpan.FromSeconds(45);

    public string Id { get; } = MetricsUpdateInstance.NewId();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var beats = new PeriodicTimer(BeatInterval);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var state = scope.ServiceProvider.GetRequiredService<MetricsUpdateState>();
                await state.BeatAsync(Id, stoppingToken);
                var deadBefore = time.GetUtcNow().UtcDateTime - (connection.IsSqlite ? TimeSpan.Zero : DeadAfter);
                var closed = await state.CloseInterruptedRunsAsync(Id, deadBefore, stoppingToken);
                if (closed > 0)
                {
                    LogClosed(closed);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                LogBeatFailed(exception);
            }
        }
        while (await beats.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Closed {Count} metric runs left running by instances that stopped (interrupted)")]
    private partial void LogClosed(int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Error updating metrics: the heartbeat of this instance failed; retrying at the next beat")]
    private partial void LogBeatFailed(Exception exception);
}
