using AnalisaAI.Api.Infrastructure.Persistence;
using AnalisaAI.Api.Infrastructure.Web;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AnalisaAI.Api.Features.MetricsUpdate.RequestRecalculation;

/// <summary>
/// Records the run first, so the answer names a run that exists, then schedules it as a persistent job: an
/// acknowledged request survives a restart. A request while a manual run of the influencer waits or runs gets
/// that run (the database allows one such run per influencer, so concurrent requests agree on it).
/// </summary>
public sealed class RequestRecalculationHandler(AppDbContext db, MetricsUpdateState state, MetricsUpdateScheduler scheduler, TimeProvider time)
    : ICommandHandler<RequestRecalculationCommand, RequestRecalculationResponse>
{
    /// <summary>A recorded request gets this long to be scheduled before it counts as abandoned by a dead process.</summary>
    private static readonly TimeSpan SchedulingGrace = TimeSpan.FromMinutes(1);

    public async ValueTask<RequestRecalculationResponse> Handle(RequestRecalculationCommand command, CancellationToken cancellationToken)
    {
        if (!await db.Influencers.AnyAsync(i => i.Id == command.InfluencerId, cancellationToken))
        {
            throw NotFoundException.For("Influencer", command.InfluencerId);
        }

        var (runId, recorded, recordedAt) = await state.RecordManualRequestAsync(command.InfluencerId, cancellationToken);
        if (!recorded)
        {
            // Pending: its job waits or runs, or the request that recorded it is scheduling it right now.
            if (time.GetUtcNow().UtcDateTime - recordedAt < SchedulingGrace
                || await scheduler.IsPendingAsync(command.InfluencerId, CancellationToken.None))
            {
                return new RequestRecalculationResponse(command.InfluencerId, runId);
            }

            // Recorded by a process that died before scheduling it: nothing will run it, so it makes way.
            await state.CloseAsInterruptedAsync(runId, CancellationToken.None);
            (runId, _, _) = await state.RecordManualRequestAsync(command.InfluencerId, cancellationToken);
        }

        await scheduler.ScheduleManualAsync(command.InfluencerId, runId, CancellationToken.None);
        return new RequestRecalculationResponse(command.InfluencerId, runId);
    }
}
