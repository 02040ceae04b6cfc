using AnalisaAI.Api.Infrastructure.Scheduling;
using Microsoft.Extensions.Options;
using Quartz;

namespace AnalisaAI.Api.Features.MetricsUpdate.Scheduling;

/// <summary>Puts the sweep on the schedule at start-up with the configured interval, or takes it off when it is zero.</summary>
public sealed class SweepSchedule(
    [FromKeyedServices(Scheduler.Name)] IScheduler scheduler,
    IOptions<MetricsUpdateOptions> options) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var interval = options.Value.Sweep.Interval;
        if (interval == TimeSpan.Zero)
        {
            await scheduler.DeleteJob(SweepJob.Key, cancellationToken);
            return;
        }

        var job = JobBuilder.Create<SweepJob>().WithIdentity(SweepJob.Key).StoreDurably().Build();
        var trigger = TriggerBuilder.Create()
            .WithIdentity(SweepJob.Key.Name, SweepJob.Key.Group)
            .ForJob(job)
            .StartNow()
            .WithSimpleSchedule(schedule => schedule.WithInterval(interval).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount))
            .Build();

        // Every instance does this at start; replacing keeps one sweep schedule whatever their number.
        await scheduler.ScheduleJob(job, [trigger], new ScheduleJobOptions { Replace = true }, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
