using AnalisaAI.Api.Features.MetricsUpdate.Claims;
using AnalisaAI.Api.Features.MetricsUpdate.Runs;
using Mediator;

namespace AnalisaAI.Api.Features.MetricsUpdate.Execution;

/// <summary>
/// Runs the influencers that logins claimed, one after another within the budget, each in its own
/// scope. One influencer's failure never stops the next. On shutdown the current run is abandoned cleanly
/// (recorded, not counted as a failure) and the claims of influencers still waiting are released.
/// </summary>
public sealed partial class LoginRunner(
    LoginQueue queue,
    Budget budget,
    IServiceScopeFactory scopes,
    ILogger<LoginRunner> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        Guid? waitingForBudget = null;
        try
        {
            await foreach (var influencerId in queue.Reader.ReadAllAsync(stoppingToken))
            {
                waitingForBudget = influencerId;
                using var lease = await budget.EnterRunAsync(stoppingToken);
                waitingForBudget = null;
                await RunAsync(influencerId, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            await ReleaseWaitingAsync(waitingForBudget);
        }
    }

    private async Task RunAsync(Guid influencerId, CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var sender = scope.ServiceProvider.GetRequiredService<ISender>();
            await sender.Send(new ExecuteRunCommand(influencerId, RunTrigger.Login), stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception)
        {
            // The run records its own failures; this is for what went wrong around it (e.g. the database).
            LogFailed(exception, influencerId);
        }
    }

    private async Task ReleaseWaitingAsync(Guid? notStarted)
    {
        var waiting = notStarted is { } id ? new List<Guid> { id } : [];
        while (queue.Reader.TryRead(out var queued))
        {
            waiting.Add(queued);
        }

        if (waiting.Count == 0)
        {
            return;
        }

        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<ClaimStore>().ReleaseAsync(waiting, CancellationToken.None);
            LogReleased(waiting.Count);
        }
        catch (Exception exception)
        {
            // The claims expire by themselves; releasing them only makes the influencers available sooner.
            LogReleaseFailed(exception, waiting.Count);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Error updating metrics of influencer {InfluencerId} (trigger login)")]
    private partial void LogFailed(Exception exception, Guid influencerId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Shutting down: released {Count} influencers that were waiting for a metrics update")]
    private partial void LogReleased(int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Shutting down: could not release {Count} waiting influencers; their claims will expire")]
    private partial void LogReleaseFailed(Exception exception, int count);
}
