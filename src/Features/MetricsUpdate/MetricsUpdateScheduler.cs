using AnalisaAI.Api.Infrastructure.Scheduling;
using Quartz;

namespace AnalisaAI.Api.Features.MetricsUpdate;

/// <summary>
/// Defers a recalculation of one influencer to Quartz's persistent store (<see cref="MetricsUpdateJob"/>), so
/// it survives a restart. One job per influencer: a request for an influencer that already has one pending
/// coalesces with it.
/// </summary>
public sealed class MetricsUpdateScheduler([FromKeyedServices(Scheduler.Name)] IScheduler scheduler)
{
    /// <summary>
    /// Schedules the run. Returns false when it joined a pending one instead, with that pending run's id
    /// where it names one (a manual request that finds a pending manual run answers with that run).
    /// </summary>
    public async Task<(bool Scheduled, Guid? PendingRunId)> ScheduleAsync(
        Guid influencerId, RunTrigger trigger, Guid? runId, CancellationToken cancellationToken)
    {
        var key = MetricsUpdateJob.KeyFor(influencerId);
        var pending = await scheduler.GetJobDetail(key, cancellationToken);
        if (pending is not null)
        {
            var pendingRunId = pending.JobDataMap.GetString(MetricsUpdateJob.RunIdKey);
            if (trigger != RunTrigger.Manual || pendingRunId is { Length: > 0 })
            {
                return (false, pendingRunId is { Length: > 0 } ? Guid.Parse(pendingRunId) : null);
            }
        }

        var job = JobBuilder.Create<MetricsUpdateJob>()
            .WithIdentity(key)
            .UsingJobData(MetricsUpdateJob.InfluencerIdKey, influencerId.ToString())
            .UsingJobData(MetricsUpdateJob.TriggerKey, trigger.ToString())
            .UsingJobData(MetricsUpdateJob.RunIdKey, runId?.ToString() ?? "")
            .RequestRecovery()
            .Build();
        var jobTrigger = TriggerBuilder.Create()
            .WithIdentity(key.Name, key.Group)
            .ForJob(key)
            .StartNow()
            .WithSimpleSchedule(schedule => schedule.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();

        // Replace: a manual request takes over a pending refresh job, which it covers.
        await scheduler.ScheduleJob(job, [jobTrigger], new ScheduleJobOptions { Replace = true }, cancellationToken);
        return (true, runId);
    }
}
