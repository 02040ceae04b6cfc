using AnalisaAI.Api.Features.Metrics;
using Mediator;
using AnalisaAI.Api.Infrastructure.Scheduling;
using Quartz;

namespace AnalisaAI.Api.Features.MetricUpdates.ScheduleRecalculation;

public sealed class ScheduleRecalculationHandler([FromKeyedServices(Scheduler.Name)] IScheduler scheduler)
    : ICommandHandler<ScheduleRecalculationCommand, ScheduleRecalculationResult>
{
    /// <summary>Attempts at joining a job another request scheduled between this one's look-up and its own scheduling.</summary>
    private const int MaxAttempts = 3;

    public async ValueTask<ScheduleRecalculationResult> Handle(ScheduleRecalculationCommand command, CancellationToken cancellationToken)
    {
        var key = MetricsUpdateJob.KeyFor(command.InfluencerId);
        for (var attempt = 1; ; attempt++)
        {
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

            try
            {
                // Replace only the pending refresh job this manual request takes over, which it covers. With
                // none pending, a job that another request (on any instance) scheduled since the look-up is
                // never replaced: its run was acknowledged and would otherwise never happen; this one joins it.
                await scheduler.ScheduleJob(BuildJob(command, key), [BuildTrigger(key)],
                    new ScheduleJobOptions { Replace = pending is not null }, cancellationToken);
                return new ScheduleRecalculationResult(true, command.RunId);
            }
            catch (ObjectAlreadyExistsException) when (attempt < MaxAttempts)
            {
                // Look again and join the job scheduled meanwhile.
            }
        }
    }

    private static IJobDetail BuildJob(ScheduleRecalculationCommand command, JobKey key) =>
        JobBuilder.Create<MetricsUpdateJob>()
            .WithIdentity(key)
            .UsingJobData(MetricsUpdateJob.InfluencerIdKey, command.InfluencerId.ToString())
            .UsingJobData(MetricsUpdateJob.TriggerKey, command.Trigger.ToString())
            .UsingJobData(MetricsUpdateJob.RunIdKey, command.RunId?.ToString() ?? "")
            .RequestRecovery()
            .Build();

    private static ITrigger BuildTrigger(JobKey key) =>
        TriggerBuilder.Create()
            .WithIdentity(key.Name, key.Group)
            .ForJob(key)
            .StartNow()
            .WithSimpleSchedule(schedule => schedule.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();
}
