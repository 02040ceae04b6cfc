namespace AnalisaAI.Api.Infrastructure.Scheduling;

public static class Scheduler
{
    /// <summary>
    /// The app's Quartz scheduler is named, so it keeps the system clock it is given as its own (a keyed
    /// service) whatever TimeProvider the app's code is given: tests drive the app's clock by hand while
    /// jobs still fire in real time. Resolve it with [FromKeyedServices(Scheduler.Name)] IScheduler.
    /// </summary>
    public const string Name = "AnalisaAI";
}
