using System.Collections.Concurrent;
using AnalisaAI.Api.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AnalisaAI.Api.Features.MetricsUpdate.Interest;

/// <summary>
/// Views of influencers, collected in memory (O(1) per read) and written in one statement per batch every few
/// seconds, so reading an influencer adds no write. A view makes the influencer "hot" for <see cref="MetricsUpdateOptions.HotWindow"/>.
/// The only writer of <see cref="LastViewedAtColumn"/>, a shadow property of the influencer row.
/// </summary>
public sealed partial class ViewRecorder(IServiceScopeFactory scopes, TimeProvider time, ILogger<ViewRecorder> logger) : BackgroundService
{
    public const string LastViewedAtColumn = "LastViewedAt";

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
            var at = time.GetUtcNow().UtcDateTime;

            // One statement for the whole batch.
            await scope.ServiceProvider.GetRequiredService<AppDbContext>().Influencers.Where(i => ids.Contains(i.Id))
                .ExecuteUpdateAsync(set => set.SetProperty(i => EF.Property<DateTime?>(i, LastViewedAtColumn), at), cancellationToken);
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
