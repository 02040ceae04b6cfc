using System.Reflection;
using Quartz;

namespace AnalisaAI.FreshnessSimulation;

/// <summary>
/// The job context handed to the sweep job when the simulation fires it on the fake clock. The sweep reads
/// nothing from its context; should it ever start to, this says so instead of handing it made-up values.
/// </summary>
public class UnusedJobContext : DispatchProxy
{
    public static IJobExecutionContext Create() => Create<IJobExecutionContext, UnusedJobContext>();

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) =>
        throw new NotSupportedException($"The simulation fires the sweep without a Quartz context; {targetMethod?.Name} is not available.");
}
