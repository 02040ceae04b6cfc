using System.Collections.Concurrent;
using System.Data.Common;
using AnalisaAI.Api.Infrastructure.Threading;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AnalisaAI.Api.Infrastructure.Persistence;

/// <summary>
/// Lets this process's writers take SQLite's single write lock in turn, first come first served. Without it,
/// a writer that finds the lock taken sleeps in SQLite's busy handler (1, 2, 5, 10, 15, 20, 25 ms, ...) and
/// under contention a short write can lose several rounds. Readers are never held (WAL). A write transaction
/// holds the gate from its BEGIN to its end; a write outside a transaction holds it for its statement.
/// A writer waits for its turn on its own thread, as it would in SQLite (whose calls are synchronous anyway):
/// an asynchronous wait would hand each turn over through the thread-pool queue, and on a saturated instance
/// every handover would wait behind the queue, a convoy all writers join. A writer that waits longer than
/// <see cref="Patience"/> (which would mean two connections of one flow writing at once) goes on without it
/// and SQLite's own busy timeout decides, as before. A request that finds the gate taken is recorded in
/// <see cref="WriterWaits"/>: the contention the update's budget yields to.
/// </summary>
public sealed partial class SqliteWriteGate(WriterWaits waits, ILogger<SqliteWriteGate> logger) : DbConnectionInterceptor, IDbTransactionInterceptor, IDbCommandInterceptor, IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);

    private readonly SemaphoreSlim gate = new(1, 1);

    /// <summary>The connections (EF's ids) that hold the gate now: at most one, unless one went on without it.</summary>
    private readonly ConcurrentDictionary<Guid, bool> holders = new();

    public void Dispose() => gate.Dispose();

    public ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(
        DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
    {
        Enter(eventData.ConnectionId, cancellationToken);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult<DbTransaction> TransactionStarting(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result)
    {
        Enter(eventData.ConnectionId);
        return result;
    }

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) =>
        ExitAsync(eventData.ConnectionId);

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Exit(eventData.ConnectionId);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) =>
        ExitAsync(eventData.ConnectionId);

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Exit(eventData.ConnectionId);

    public Task TransactionFailedAsync(TransactionErrorEventData eventData, CancellationToken cancellationToken = default) =>
        ExitAsync(eventData.ConnectionId);

    public void TransactionFailed(TransactionErrorEventData eventData) => Exit(eventData.ConnectionId);

    public ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        EnterForStatement(command, eventData.ConnectionId, cancellationToken);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        EnterForStatement(command, eventData.ConnectionId);
        return result;
    }

    public ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        ExitForStatement(command, eventData.ConnectionId);
        return ValueTask.FromResult(result);
    }

    public int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        ExitForStatement(command, eventData.ConnectionId);
        return result;
    }

    public ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        EnterForStatement(command, eventData.ConnectionId, cancellationToken);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        EnterForStatement(command, eventData.ConnectionId);
        return result;
    }

    /// <summary>A statement that returns rows (UPDATE ... RETURNING, SaveChanges' batches) writes until its reader is done.</summary>
    public InterceptionResult DataReaderClosing(DbCommand command, DataReaderClosingEventData eventData, InterceptionResult result)
    {
        ExitForStatement(command, eventData.ConnectionId);
        return result;
    }

    public ValueTask<InterceptionResult> DataReaderClosingAsync(DbCommand command, DataReaderClosingEventData eventData, InterceptionResult result)
    {
        ExitForStatement(command, eventData.ConnectionId);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
    {
        ExitForStatement(command, eventData.ConnectionId);
        return result;
    }

    public void CommandFailed(DbCommand command, CommandErrorEventData eventData) => ExitForStatement(command, eventData.ConnectionId);

    public Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        ExitForStatement(command, eventData.ConnectionId);
        return Task.CompletedTask;
    }

    public void CommandCanceled(DbCommand command, CommandEndEventData eventData) => ExitForStatement(command, eventData.ConnectionId);

    public Task CommandCanceledAsync(DbCommand command, CommandEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ExitForStatement(command, eventData.ConnectionId);
        return Task.CompletedTask;
    }

    /// <summary>The safety net: whatever ended without a commit or rollback event (a disposed transaction) lets go here.</summary>
    public override InterceptionResult ConnectionClosing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        Exit(eventData.ConnectionId);
        return result;
    }

    public override ValueTask<InterceptionResult> ConnectionClosingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        Exit(eventData.ConnectionId);
        return ValueTask.FromResult(result);
    }

    private void EnterForStatement(DbCommand command, Guid connectionId, CancellationToken cancellationToken = default)
    {
        if (IsLoneWrite(command, connectionId))
        {
            Enter(connectionId, cancellationToken);
        }
    }

    private void ExitForStatement(DbCommand command, Guid connectionId)
    {
        // Inside a transaction the gate is the transaction's, let go at its end.
        if (command.Transaction is null)
        {
            Exit(connectionId);
        }
    }

    /// <summary>A writing statement outside a transaction, on a connection that does not hold the gate already.</summary>
    private bool IsLoneWrite(DbCommand command, Guid connectionId) =>
        command.Transaction is null && !holders.ContainsKey(connectionId) && IsWrite(command.CommandText);

    private static bool IsWrite(string sql) => SqlStatements.IsWrite(sql);

    private void Enter(Guid connectionId, CancellationToken cancellationToken = default)
    {
        if (!gate.Wait(0, cancellationToken))
        {
            if (ForegroundWork.IsCurrent)
            {
                waits.RequestWaited();
            }

            if (!gate.Wait(Patience, cancellationToken))
            {
                LogImpatient(Patience);
                return;
            }
        }

        holders[connectionId] = true;
    }

    private Task ExitAsync(Guid connectionId)
    {
        Exit(connectionId);
        return Task.CompletedTask;
    }

    private void Exit(Guid connectionId)
    {
        if (holders.TryRemove(connectionId, out _))
        {
            gate.Release();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A SQLite writer waited {Patience} for this process's write gate and went on without it")]
    private partial void LogImpatient(TimeSpan patience);
}
