using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace AnalisaAI.Api.Infrastructure.Persistence;

/// <summary>
/// The execution strategy of every provider: an operation (a query, a SaveChanges, an ExecuteUpdate, or a unit
/// wrapped in <see cref="InTransactionAsync{T}"/>) that fails transiently is run again, at most
/// <see cref="MaxRetries"/> times within about a second and a half, and not once it has gone on for
/// <see cref="RetryWindow"/>, so a request never waits long. Only when that is safe
/// (<see cref="DatabaseErrors.IsRetryable"/>): not after a timeout (it already waited), and not when a write of the
/// failed attempt may have committed (<see cref="UnconfirmedWrites"/>) unless the server said it did not.
/// What is not retried reaches the client as a 503 with Retry-After. One rule for the three providers, instead of
/// their own strategies (EnableRetryOnFailure), which would run a write again after a lost COMMIT.
/// </summary>
public sealed class TransientFailureRetries(ExecutionStrategyDependencies dependencies)
    : ExecutionStrategy(dependencies, MaxRetries, Delays[^1])
{
    public const int MaxRetries = 3;

    /// <summary>
    /// An operation failing after this long is not tried again: a connection attempt that took its whole timeout
    /// (SQL Server keeps trying a refused one until then) would take it again.
    /// </summary>
    public static readonly TimeSpan RetryWindow = TimeSpan.FromSeconds(2);

    /// <summary>A blip (a connection dropped, a failover) is over at once, a restart within a second or two.</summary>
    private static readonly TimeSpan[] Delays = [TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(300), TimeSpan.FromSeconds(1)];

    private static readonly AsyncLocal<bool> OneAttempt = new();

    private long firstAttempt;

    public override bool RetriesOnFailure => base.RetriesOnFailure && !OneAttempt.Value;

    /// <summary>
    /// Runs <paramref name="unit"/> in a transaction, as one unit the strategy retries whole: the change tracker is
    /// cleared first, so an attempt never carries entities of the one before, and a failed attempt's transaction
    /// rolls back when disposed. The unit must be safe to run again: only database work in it, and whatever it
    /// reads it reads again. The caller says why it is in a comment.
    /// </summary>
    public static Task<T> InTransactionAsync<T>(DbContext db, Func<CancellationToken, Task<T>> unit, CancellationToken cancellationToken) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(
            (db, unit),
            static async (_, state, token) =>
            {
                state.db.ChangeTracker.Clear();
                await using var transaction = await state.db.Database.BeginTransactionAsync(token);
                var result = await state.unit(token);
                await transaction.CommitAsync(token);
                return result;
            },
            verifySucceeded: null,
            cancellationToken);

    /// <inheritdoc cref="InTransactionAsync{T}"/>
    public static Task InTransactionAsync(DbContext db, Func<CancellationToken, Task> unit, CancellationToken cancellationToken) =>
        InTransactionAsync(
            db,
            async token =>
            {
                await unit(token);
                return true;
            },
            cancellationToken);

    /// <summary>
    /// Runs <paramref name="operation"/> once under the strategy, never again in place: for a unit that holds state
    /// a second attempt cannot rebuild (a metrics run's commit, whose tracked influencer carries the run's
    /// concurrency token). Its own explicit transactions are allowed; its caller retries it whole if it wants.
    /// </summary>
    public static async Task<T> OnceAsync<T>(DbContext db, Func<CancellationToken, Task<T>> operation, CancellationToken cancellationToken)
    {
        OneAttempt.Value = true;
        try
        {
            return await db.Database.CreateExecutionStrategy().ExecuteAsync(operation, cancellationToken);
        }
        finally
        {
            OneAttempt.Value = false;
        }
    }

    protected override void OnFirstExecution()
    {
        base.OnFirstExecution();
        firstAttempt = Stopwatch.GetTimestamp();
        UnconfirmedWrites.Reset(Dependencies.CurrentContext.Context);
    }

    protected override void OnRetry() => UnconfirmedWrites.Reset(Dependencies.CurrentContext.Context);

    protected override bool ShouldRetryOn(Exception exception) =>
        !OneAttempt.Value
        && Stopwatch.GetElapsedTime(firstAttempt) < RetryWindow
        && DatabaseErrors.IsRetryable(exception, UnconfirmedWrites.IsPending(Dependencies.CurrentContext.Context));

    protected override TimeSpan? GetNextDelay(Exception lastException)
    {
        var retry = ExceptionsEncountered.Count - 1;
        if (retry >= MaxRetryCount)
        {
            return null;
        }

        // Up to a fifth more, so instances that lost the database together do not come back in step.
        return Delays[retry] * (1 + (Random.NextDouble() / 5));
    }
}
