using System.Data.Common;
using AnalisaAI.Api.Infrastructure.Threading;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AnalisaAI.Api.Infrastructure.Persistence;

/// <summary>
/// Refuses, loudly, every database write made on a low-priority thread: a thread at nice 19 that held the
/// database's writer (SQLite's write lock, a server's row locks) could be preempted by the very requests waiting
/// for it. Such work writes through <see cref="LowPriorityThreads.AtRequestPriorityAsync{T}"/>, which runs the
/// write on the thread pool, at the requests' priority. Registered on every provider, before the SQLite write
/// gate, so a write that bypasses that path fails in the first test that makes it.
/// </summary>
public sealed class LowPriorityWriteGuard : IDbTransactionInterceptor, IDbCommandInterceptor
{
    public ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(
        DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
    {
        Refuse("a transaction");
        return ValueTask.FromResult(result);
    }

    public InterceptionResult<DbTransaction> TransactionStarting(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result)
    {
        Refuse("a transaction");
        return result;
    }

    public ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        RefuseWrite(command);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        RefuseWrite(command);
        return result;
    }

    public ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        RefuseWrite(command);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        RefuseWrite(command);
        return result;
    }

    private static void RefuseWrite(DbCommand command)
    {
        // A read never waits for the writer (WAL on SQLite, MVCC on the servers): it may stay low.
        if (LowPriorityThreads.IsCurrentThreadLowPriority && SqlStatements.IsWrite(command.CommandText))
        {
            Refuse("a write");
        }
    }

    private static void Refuse(string what)
    {
        if (LowPriorityThreads.IsCurrentThreadLowPriority)
        {
            throw new InvalidOperationException(
                $"Refused {what} on a low-priority thread: write through {nameof(LowPriorityThreads)}.{nameof(LowPriorityThreads.AtRequestPriorityAsync)}, so the database's writer is never held at that priority.");
        }
    }
}
