using AnalisaAI.Api.Features.MetricsUpdate.ManualRuns;
using AnalisaAI.Api.Features.MetricsUpdate.Runs;
using AnalisaAI.Api.Infrastructure.Persistence;
using AnalisaAI.Api.Infrastructure.Web;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AnalisaAI.Api.Features.MetricsUpdate.RecalculateMetrics;

/// <summary>
/// Records the run, which queues it in the database before the answer, so an acknowledged request survives a
/// restart and the answer names a run that exists; then wakes this instance's <see cref="ManualRunner"/>.
/// A request while a manual run of the influencer waits or runs gets that run (the database allows one such
/// run per influencer, so concurrent requests agree on it).
/// </summary>
public sealed class RecalculateMetricsHandler(AppDbContext db, RunLog runLog, ManualRunner runner)
    : ICommandHandler<RecalculateMetricsCommand, RecalculateMetricsResponse>
{
    public async ValueTask<RecalculateMetricsResponse> Handle(RecalculateMetricsCommand command, CancellationToken cancellationToken)
    {
        if (!await db.Influencers.AnyAsync(i => i.Id == command.InfluencerId, cancellationToken))
        {
            throw NotFoundException.For("Influencer", command.InfluencerId);
        }

        var (runId, recorded) = await runLog.RecordManualRequestAsync(command.InfluencerId, cancellationToken);
        if (recorded)
        {
            runner.Notify();
        }

        return new RecalculateMetricsResponse(command.InfluencerId, runId);
    }
}
