using System.Data.Common;
using AnalisaAI.Api.Infrastructure.Persistence;
using AnalisaAI.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace AnalisaAI.IntegrationTests.Influencers;

/// <summary>The app with a count of the database commands it runs, to show that a read does not query per row.</summary>
public sealed class CommandCountingApiFactory : ApiFactory
{
    private readonly Counter counter = new();

    public int Commands => counter.Count;

    public void ResetCommands() => counter.Count = 0;

    protected override void ConfigureServices(IServiceCollection services) =>
        services.ConfigureDbContext<SqliteAppDbContext>(options => options.AddInterceptors(counter));

    private sealed class Counter : DbCommandInterceptor
    {
        private int count;

        public int Count
        {
            get => Volatile.Read(ref count);
            set => Volatile.Write(ref count, value);
        }

        public override ValueTask<DbDataReader> ReaderExecutedAsync(
            DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref count);
            return base.ReaderExecutedAsync(command, eventData, result, cancellationToken);
        }

        public override ValueTask<object?> ScalarExecutedAsync(
            DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref count);
            return base.ScalarExecutedAsync(command, eventData, result, cancellationToken);
        }
    }
}
