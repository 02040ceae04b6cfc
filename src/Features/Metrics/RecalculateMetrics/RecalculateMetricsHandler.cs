using AnalisaAI.Api.Features.MetricUpdates.ScheduleRecalculation;
using AnalisaAI.Api.Infrastructure.Persistence;
using AnalisaAI.Api.Infrastructure.Web;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AnalisaAI.Api.Features.Metrics.RecalculateMetrics;

/// <summary>
/// Records the run first, so the answer names a run that exists, then schedules it as a persistent job:
/// an acknowledged request survives a restart. A second request while one is pending gets the same run.
/// </summary>
public sealed class RecalculateMetricsHandler(AppDbContext db, ISender sender, TimeProvider time)
    : ICommandHandler<RecalculateMetricsCommand, RecalculateMetricsResponse>
{
    public async ValueTask<RecalculateMetricsResponse> Handle(RecalculateMetricsCommand command, CancellationToken cancellationToken)
    {
        if (!await db.Influencers.AnyAsync(i => i.Id == command.InfluencerId, cancellationToken))
        {
            throw new NotFoundException($"Influencer {command.InfluencerId} does not exist.");
        }

        var run = new MetricRun
        {
            Id = Guid.CreateVersion7(),
            InfluencerId = command.InfluencerId,
            Trigger = RunTrigger.Manual,
            Status = RunStatus.Running,
            StartedAt = time.GetUtcNow().UtcDateTime,
        };
        db.MetricRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken);

        var scheduled = await sender.Send(new ScheduleRecalculationCommand(command.InfluencerId, RunTrigger.Manual, run.Id), CancellationToken.None);
        if (!scheduled.Scheduled && scheduled.RunId is { } pending)
        {
            db.MetricRuns.Remove(run);
            await db.SaveChangesAsync(CancellationToken.None);
            return new RecalculateMetricsResponse(command.InfluencerId, pending);
        }

        return new RecalculateMetricsResponse(command.InfluencerId, run.Id);
    }
}
