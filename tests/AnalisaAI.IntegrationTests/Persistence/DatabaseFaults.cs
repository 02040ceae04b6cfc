using System.Data.Common;
using AnalisaAI.Api.Infrastructure.Persistence;
using AnalisaAI.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace AnalisaAI.IntegrationTests.Persistence;

/// <summary>
/// Makes the app's database fail the way a lost PostgreSQL connection does (Npgsql's exception for a stream cut
/// short), on SQLite, at a chosen point: before a command is sent (nothing of it ran), or after a command or a COMMIT
/// really ran but before its answer (it did commit, and the app cannot know).
/// </summary>
public sealed class DatabaseFaults : DbCommandInterceptor, IDbTransactionInterceptor
{
    private int beforeCommands;
    private int afterCommands;
    private int afterCommits;

    /// <summary>The commands (by a piece of their text) that the faults apply to; null for any.</summary>
    public string? Matching { get; set; }

    /// <summary>How many faults were thrown.</summary>
    public int Thrown => Volatile.Read(ref thrown);

    private int thrown;

    /// <summary>The next <paramref name="count"/> matching commands fail before they are sent.</summary>
    public void FailBeforeSending(int count, string? matching = null) => Arm(ref beforeCommands, count, matching);

    /// <summary>The next <paramref name="count"/> matching commands run, and then their answer is lost.</summary>
    public void LoseAnswerAfterRunning(int count, string? matching = null) => Arm(ref afterCommands, count, matching);

    /// <summary>The next <paramref name="count"/> commits happen, and then their answer is lost.</summary>
    public void LoseCommitAnswer(int count) => Interlocked.Exchange(ref afterCommits, count);

    public static NpgsqlException ConnectionLost() => new("Exception while reading from stream", new EndOfStreamException("Attempted to read past the end of the stream."));

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Inject(command);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Inject(command);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Inject(command);
        return ValueTask.FromResult(result);
    }

    public async ValueTask<InterceptionResult> TransactionCommittingAsync(
        DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        if (Take(ref afterCommits))
        {
            await transaction.CommitAsync(cancellationToken);
            throw ConnectionLost();
        }

        return result;
    }

    private void Inject(DbCommand command)
    {
        if (Matching is { } text && !command.CommandText.Contains(text, StringComparison.Ordinal))
        {
            return;
        }

        if (Take(ref beforeCommands))
        {
            throw ConnectionLost();
        }

        if (Take(ref afterCommands))
        {
            // Runs it for real (on SQLite the statement commits by itself outside a transaction), then loses the answer.
            command.ExecuteNonQuery();
            throw ConnectionLost();
        }
    }

    private void Arm(ref int counter, int count, string? matching)
    {
        Matching = matching;
        Interlocked.Exchange(ref counter, count);
    }

    private bool Take(ref int counter)
    {
        while (true)
        {
            var left = Volatile.Read(ref counter);
            if (left <= 0)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref counter, left - 1, left) == left)
            {
                Interlocked.Increment(ref thrown);
                return true;
            }
        }
    }
}

/// <summary>The app on SQLite with <see cref="DatabaseFaults"/> among its context's interceptors.</summary>
public sealed class FaultyDatabaseApiFactory : ApiFactory
{
    public DatabaseFaults Faults { get; } = new();

    protected override void ConfigureServices(IServiceCollection services) =>
        services.ConfigureDbContext<SqliteAppDbContext>(options => options.AddInterceptors(Faults));
}
