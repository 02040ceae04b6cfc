using AnalisaAI.Api.Features.Metrics;
using Mediator;
using AnalisaAI.Api.Infrastructure.Scheduling;
using Quartz;

namespace AnalisaAI.Api.Features.MetricUpdates.ScheduleRecalculation;

public sealed class ScheduleRecalculationHandler([FromKeyedServices(Scheduler.Name)] IScheduler scheduler)
    : ICommandHandler<ScheduleRecalculationCommand, ScheduleRecalculationResult>
{
    public async ValueTask<ScheduleRecalculationResult> Handle(ScheduleRecalculationCommand command, CancellationToken cancellationToken)
    {
        var key = MetricsUpdateJob.KeyFor(command.InfluencerId);
        var pending = await scheduler.GetJobDetail(key, cancellationToken);
        if (pending is not null)
        {
            // A manual request that finds a pending manual run answers with that run: double clicks coalesce.
            var pendingRunId = pending.JobDataMap.GetString(MetricsUpdateJob.RunIdKey);
            if (command.Trigger != RunTrigger.Manual || pendingRunId is { Length: > 0 })
            {
                return new ScheduleRecalculationResult(false, pendingRunId is { Length: > 0 } ? Guid.Parse(pendingRunId) : null);
            }
        }

        var job = JobBuilder.Create<MetricsUpdateJob>()
            .WithIdentity(key)
            .UsingJobData(MetricsUpdateJob.InfluencerIdKey, command.InfluencerId.ToString())
            .UsingJobData(MetricsUpdateJob.TriggerKey, command.Trigger.ToString())
            .UsingJobData(MetricsUpdateJob.RunIdKey, command.RunId?.ToString() ?? "")
            .RequestRecovery()
            .Build();
        var trigger = TriggerBuilder.Create()
            .WithIdentity(key.Name, key.Group)
            .ForJob(key)
            .StartNow()
            .WithSimpleSchedule(schedule => schedule.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();

        // Replace: a manual request takes over a pending refresh job, which it covers.
        await scheduler.ScheduleJob(job, [trigger], new ScheduleJobOptions { Replace = true }, cancellationToken);
        return new ScheduleRecalculationResult(true, command.RunId);
    }
}
