using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AnalisaAI.Api.Infrastructure.Persistence;

/// <summary>
/// Knows, per DbContext, whether the last thing it sent the database may have committed without the answer
/// coming back: a write outside a transaction (which commits by itself) or a COMMIT, not yet answered. Should a
/// lost connection cut that answer off, the write may be on the server, and running it again could do it twice,
/// so <see cref="TransientFailureRetries"/> does not. Anything sent after it (a statement, a transaction, a new
/// connection) means its answer came; a read or a write inside a transaction commits nothing by itself.
/// </summary>
public sealed class UnconfirmedWrites : DbCommandInterceptor, IDbTransactionInterceptor, IDbConnectionInterceptor
{
    private static readonly ConditionalWeakTable<DbContext, StrongBox<bool>> Pending = [];

    /// <summary>True while the context's last statement was an unanswered write that commits by itself, or COMMIT.</summary>
    public static bool IsPending(DbContext? context) => context is not null && Pending.TryGetValue(context, out var pending) && pending.Value;

    /// <summary>A new attempt starts: nothing of it is unconfirmed yet.</summary>
    public static void Reset(DbContext? context) => Set(context, false);

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Sending(command, eventData);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Sending(command, eventData);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Sending(command, eventData);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Sending(command, eventData);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Sending(command, eventData);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Sending(command, eventData);
        return ValueTask.FromResult(result);
    }

    // A statement without a reader returns once the server has answered it, its own commit included. A reader's
    // answer ends only when it has been read to the end, which the next statement shows.
    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        Set(eventData.Context, false);
        return result;
    }

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Set(eventData.Context, false);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult<DbTransaction> TransactionStarting(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result)
    {
        Set(eventData.Context, false);
        return result;
    }

    public ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(
        DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
    {
        Set(eventData.Context, false);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult TransactionCommitting(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result)
    {
        Set(eventData.Context, true);
        return result;
    }

    public ValueTask<InterceptionResult> TransactionCommittingAsync(
        DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        Set(eventData.Context, true);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Set(eventData.Context, false);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Set(eventData.Context, false);
        return Task.CompletedTask;
    }

    public InterceptionResult ConnectionOpening(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        Set(eventData.Context, false);
        return result;
    }

    public ValueTask<InterceptionResult> ConnectionOpeningAsync(
        DbConnection connection, ConnectionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        Set(eventData.Context, false);
        return ValueTask.FromResult(result);
    }

    private static void Sending(DbCommand command, CommandEventData eventData) =>
        Set(eventData.Context, command.Transaction is null && SqlStatements.IsWrite(command.CommandText));

    private static void Set(DbContext? context, bool pending)
    {
        if (context is not null)
        {
            Pending.GetOrCreateValue(context).Value = pending;
        }
    }
}
