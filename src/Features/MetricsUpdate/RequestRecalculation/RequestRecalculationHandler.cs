using AnalisaAI.Api.Infrastructure.Persistence;
using AnalisaAI.Api.Infrastructure.Web;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AnalisaAI.Api.Features.MetricsUpdate.RequestRecalculation;

/// <summary>
/// Records the run first, so the answer names a run that exists, then schedules it as a persistent job:
/// an acknowledged request survives a restart. A second request while one is pending gets the same run.
/// </summary>
public sealed class RequestRecalculationHandler(AppDbContext db, MetricsUpdateState state, MetricsUpdateScheduler scheduler)
    : ICommandHandler<RequestRecalculationCommand, RequestRecalculationResponse>
{
    public async ValueTask<RequestRecalculationResponse> Handle(RequestRecalculationCommand command, CancellationToken cancellationToken)
    {
        if (!await db.Influencers.AnyAsync(i => i.Id == command.InfluencerId, cancellationToken))
        {
            throw NotFoundException.For("Influencer", command.InfluencerId);
        }

        var runId = await state.RecordRequestAsync(command.InfluencerId, RunTrigger.Manual, cancellationToken);
        var (scheduled, pendingRunId) = await scheduler.ScheduleAsync(command.InfluencerId, RunTrigger.Manual, runId, CancellationToken.None);
        if (!scheduled && pendingRunId is { } pending)
        {
            await state.ForgetRequestAsync(runId, CancellationToken.None);
            return new RequestRecalculationResponse(command.InfluencerId, pending);
        }

        return new RequestRecalculationResponse(command.InfluencerId, runId);
    }
}
