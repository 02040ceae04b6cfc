using AnalisaAI.Api.Features.SocialData;
using AnalisaAI.Api.Features.SocialData.GetSourceStatus;

namespace AnalisaAI.IntegrationTests.SocialData;

/// <summary>For tests of the Graph source alone, without a database: every call may go ahead.</summary>
public sealed class UnlimitedSourceBudget : ISocialSourceBudget
{
    public Task<string?> TryAcquireAsync(Guid influencerId, CancellationToken cancellationToken) => Task.FromResult<string?>(null);

    public Task ObserveAsync(GraphUsage usage, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task PauseAsync(TimeSpan? wait, string reason, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task RejectConfigurationAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task RecordFetchAsync(Guid influencerId, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<int> CallsAvailableAsync(TimeSpan ahead, CancellationToken cancellationToken) => Task.FromResult(int.MaxValue);

    public Task<SourceStatus> StatusAsync(CancellationToken cancellationToken) =>
        Task.FromResult(new SourceStatus(SocialSourceBudget.SourceName, SourceStatus.Ok, 0, null, null));
}
