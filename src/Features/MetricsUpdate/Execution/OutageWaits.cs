namespace AnalisaAI.Api.Features.MetricsUpdate.Execution;

/// <summary>
/// How a run waits for a database that went away (a lost connection, a restart, a failover) before it tries again:
/// growing waits, about half a minute in all (<see cref="Limited"/>), or for its outcome to be recorded, every few
/// seconds for as long as it takes (<see cref="Unlimited"/>). Real time, like the budget's pacing: the database comes
/// back on the wall clock, whatever clock the metrics read. A stop of the app ends the waiting.
/// </summary>
public sealed class OutageWaits
{
    private static readonly TimeSpan[] Steps =
    [
        TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4),
        TimeSpan.FromSeconds(8), TimeSpan.FromSeconds(8), TimeSpan.FromSeconds(8),
    ];

    private readonly bool unlimited;
    private readonly CancellationToken stopping;
    private int taken;

    private OutageWaits(bool unlimited, CancellationToken stopping)
    {
        this.unlimited = unlimited;
        this.stopping = stopping;
    }

    /// <summary>Seven waits, 31.5 s in all: a restart or a failover is over well within that.</summary>
    public static OutageWaits Limited(CancellationToken stopping) => new(unlimited: false, stopping);

    /// <summary>Waits of up to 8 s for as long as the database stays away.</summary>
    public static OutageWaits Unlimited(CancellationToken stopping) => new(unlimited: true, stopping);

    /// <summary>The next wait, or null when the waits are spent or the app is stopping.</summary>
    public TimeSpan? Next => stopping.IsCancellationRequested || (!unlimited && taken >= Steps.Length) ? null : Steps[Math.Min(taken, Steps.Length - 1)];

    /// <summary>Waits <see cref="Next"/>; false when there is none or the app stopped meanwhile.</summary>
    public async Task<bool> WaitAsync(CancellationToken cancellationToken)
    {
        if (Next is not { } wait)
        {
            return false;
        }

        taken++;
        using var either = CancellationTokenSource.CreateLinkedTokenSource(stopping, cancellationToken);
        try
        {
            await Task.Delay(wait, either.Token);
            return true;
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}
