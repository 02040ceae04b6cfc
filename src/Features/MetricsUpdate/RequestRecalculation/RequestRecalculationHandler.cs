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
public sealed class RequestRecalculationHandler(AppDbContext db, MetricsUpdateState state, MetricsUpdateScheduler scheduler)
    : ICommandHandler<RequestRecalculationCommand, RequestRecalculationResponse>
{
    public async ValueTask<RequestRecalculationResponse> Handle(RequestRecalculationCommand command, CancellationToken cancellationToken)
    {
        if (!await db.Influencers.AnyAsync(i => i.Id == command.InfluencerId, cancellationToken))
        {
            throw NotFoundException.For("Influencer", command.InfluencerId);
        }

        var (runId, recorded) = await state.RecordManualRequestAsync(command.InfluencerId, cancellationToken);
        if (!recorded)
        {
            if (await scheduler.IsPendingAsync(command.InfluencerId, CancellationToken.None))
            {
                return new RequestRecalculationResponse(command.InfluencerId, runId);
            }

            // Recorded by a process that died before scheduling it: nothing will run it, so it makes way.
            await state.CloseAsInterruptedAsync(runId, CancellationToken.None);
            (runId, _) = await state.RecordManualRequestAsync(command.InfluencerId, cancellationToken);
        }

        await scheduler.ScheduleManualAsync(command.InfluencerId, runId, CancellationToken.None);
        return new RequestRecalculationResponse(command.InfluencerId, runId);
    }
}
