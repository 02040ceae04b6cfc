using AnalisaAI.Api.Features.SocialData.GetSourceStatus;

namespace AnalisaAI.Api.Features.SocialData;

/// <summary>
/// Whether a live source may be called now, shared by all instances through the database: the hourly call
/// budget, pauses (reported usage, rate limits), a rejected configuration, and the refetch minimum age.
/// </summary>
public interface ISocialSourceBudget
{
    /// <summary>Takes one call from the budget; null when the call may go ahead, else why it may not (safe to show).</summary>
    Task<string?> TryAcquireAsync(Guid influencerId, CancellationToken cancellationToken);

    /// <summary>Reads the answer's reported usage and pauses the source when any figure reaches 90 %.</summary>
    Task ObserveAsync(GraphUsage usage, CancellationToken cancellationToken);

    Task PauseAsync(TimeSpan? wait, string reason, CancellationToken cancellationToken);

    /// <summary>The API rejected the configured token: no call until the configuration changes.</summary>
    Task RejectConfigurationAsync(CancellationToken cancellationToken);

    Task RecordFetchAsync(Guid influencerId, CancellationToken cancellationToken);

    Task<SourceStatus> StatusAsync(CancellationToken cancellationToken);

    /// <summary>Calls that may go ahead from now until <paramref name="ahead"/> has passed: 0 while paused or rejected.</summary>
    Task<int> CallsAvailableAsync(TimeSpan ahead, CancellationToken cancellationToken);
}
