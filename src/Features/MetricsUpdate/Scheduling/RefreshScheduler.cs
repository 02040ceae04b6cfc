using AnalisaAI.Api.Features.MetricsUpdate.Runs;
using AnalisaAI.Api.Infrastructure.Scheduling;
using Quartz;

namespace AnalisaAI.Api.Features.MetricsUpdate.Scheduling;

/// <summary>
/// Defers a refresh's run of one influencer to Quartz's persistent store (<see cref="RefreshJob"/>),
/// so it survives a restart and, scaled out, runs on one instance. One job per influencer: a refresh that finds
/// one pending joins it.
/// </summary>
public sealed class RefreshScheduler([FromKeyedServices(Scheduler.Name)] IScheduler scheduler)
{
    /// <summary>Schedules a refresh's run; false when a pending job of this influencer already covers it.</summary>
    public async Task<bool> ScheduleRefreshAsync(Guid influencerId, CancellationToken cancellationToken)
    {
        var (job, trigger) = Build(influencerId);
        try
        {
            // Without replace the store refuses a second job with this key atomically, on every instance.
            await scheduler.ScheduleJob(job, trigger, new ScheduleJobOptions(), cancellationToken);
            return true;
        }
        catch (ObjectAlreadyExistsException)
        {
            return false;
        }
    }

    private static (IJobDetail Job, ITrigger Trigger) Build(Guid influencerId)
    {
        var key = RefreshJob.KeyFor(influencerId);
        var job = JobBuilder.Create<RefreshJob>()
            .WithIdentity(key)
            .UsingJobData(RefreshJob.InfluencerIdKey, influencerId.ToString())
            .UsingJobData(RefreshJob.TriggerKey, nameof(RunTrigger.Refresh))
            .RequestRecovery()
            .Build();
        var jobTrigger = TriggerBuilder.Create()
            .WithIdentity(key.Name, key.Group)
            .ForJob(key)
            .StartNow()
            .WithSimpleSchedule(schedule => schedule.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();
        return (job, jobTrigger);
    }
}
