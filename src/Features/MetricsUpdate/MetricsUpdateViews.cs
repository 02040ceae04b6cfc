using System.Collections.Concurrent;

namespace AnalisaAI.Api.Features.MetricsUpdate;

/// <summary>
/// Views of influencers, collected in memory (O(1) per read) and written in one statement per batch every few
/// seconds, so reading an influencer adds no write. A view makes the influencer "hot" for 24 hours.
/// </summary>
public sealed partial class MetricsUpdateViews(IServiceScopeFactory scopes, TimeProvider time, ILogger<MetricsUpdateViews> logger) : BackgroundService
{
    private static readonly TimeSpan FlushInterval = TimeSpan.FromSeconds(2);

    private readonly ConcurrentDictionary<Guid, byte> viewed = new();

    public void Record(Guid influencerId) => viewed.TryAdd(influencerId, 0);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var flushes = new PeriodicTimer(FlushInterval);
        try
        {
            while (await flushes.WaitForNextTickAsync(stoppingToken))
            {
                await FlushAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            await FlushAsync(CancellationToken.None);
        }
    }

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        var ids = viewed.Keys.ToArray();
        if (ids.Length == 0)
        {
            return;
        }

        foreach (var id in ids)
        {
            viewed.TryRemove(id, out _);
        }

        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<MetricsUpdateState>()
                .RecordViewsAsync(ids, time.GetUtcNow().UtcDateTime, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Interest only orders the work; losing a batch of views costs nothing else.
            LogFlushFailed(exception, ids.Length);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not record {Count} influencer views; they only weigh which influencers are updated first")]
    private partial void LogFlushFailed(Exception exception, int count);
}
