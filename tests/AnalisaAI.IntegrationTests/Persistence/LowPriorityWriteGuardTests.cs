using System.Collections.Concurrent;
using System.Data.Common;
using AnalisaAI.Api.Infrastructure.Persistence;
using AnalisaAI.Api.Infrastructure.Threading;
using AnalisaAI.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace AnalisaAI.IntegrationTests.Persistence;

/// <summary>
/// Every write of a low-priority thread takes one path, <see cref="LowPriorityThreads.AtRequestPriorityAsync{T}"/>,
/// which writes on the thread pool; <see cref="LowPriorityWriteGuard"/> refuses loudly any write that bypasses it.
/// The app's own contexts carry the guard, so these tests use them.
/// </summary>
public sealed class LowPriorityWriteGuardTests
{
    private const string TouchNothing = """UPDATE "Influencers" SET "Followers" = "Followers" WHERE 0 = 1""";

    [Fact]
    public async Task Writes_through_the_path_run_at_the_requests_priority_and_the_caller_comes_back_to_its_thread()
    {
        await using var factory = new ProbedFactory();
        using var threads = new TestThreads();
        var id = (await factory.AddInfluencersAsync(1))[0];
        factory.Probe.Clear();

        var (startedLow, endedLow) = await threads.RunAsync(async () =>
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var startedLow = LowPriorityThreads.IsCurrentThreadLowPriority;
            var influencer = await db.Influencers.SingleAsync(i => i.Id == id);
            influencer.Followers = 4242;
            await LowPriorityThreads.AtRequestPriorityAsync(() => db.SaveChangesAsync());
            await LowPriorityThreads.AtRequestPriorityAsync(() =>
                db.Influencers.Where(i => i.Id == id).ExecuteUpdateAsync(set => set.SetProperty(i => i.Following, (long?)7)));
            return (startedLow, LowPriorityThreads.IsCurrentThreadLowPriority);
        }, CancellationToken.None);

        startedLow.Should().BeTrue("the control: the work starts on a low-priority thread");
        factory.Probe.Reads.Should().Contain(true, "the control: the probe sees a low-priority thread (reads stay there)");
        factory.Probe.Writes.Should().HaveCountGreaterThanOrEqualTo(2).And.OnlyContain(low => !low, "each write ran on the pool");
        endedLow.Should().BeTrue("the caller comes back to its own low-priority thread");
        var stored = await factory.WithDbAsync(db => db.Influencers.SingleAsync(i => i.Id == id));
        (stored.Followers, stored.Following).Should().Be((4242L, 7L));
    }

    [Fact]
    public async Task An_asynchronous_write_that_bypasses_the_path_is_refused_and_changes_nothing()
    {
        await using var factory = new ApiFactory();
        using var threads = new TestThreads();
        var id = (await factory.AddInfluencersAsync(1))[0];

        var (saving, updating) = await threads.RunAsync(async () =>
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var influencer = await db.Influencers.SingleAsync(i => i.Id == id);
            influencer.Followers = 1;
            var saving = await Record.ExceptionAsync(() => db.SaveChangesAsync());
            var updating = await Record.ExceptionAsync(() => db.Database.ExecuteSqlRawAsync(TouchNothing));
            return (saving, updating);
        }, CancellationToken.None);

        Refusal(saving).Should().NotBeNull();
        Refusal(updating).Should().NotBeNull();
        (await factory.WithDbAsync(db => db.Influencers.SingleAsync(i => i.Id == id))).Followers.Should().NotBe(1);
    }

    [Fact]
    public async Task A_synchronous_write_on_a_low_priority_thread_is_refused_but_the_same_write_elsewhere_is_not()
    {
        await using var factory = new ApiFactory();
        using var threads = new TestThreads();
        _ = factory.CreateClient();

        var refusal = await threads.RunAsync(() =>
        {
            using var scope = factory.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            return Task.FromResult(Record.Exception(() => db.Database.ExecuteSqlRaw(TouchNothing)));
        }, CancellationToken.None);

        Refusal(refusal).Should().NotBeNull();

        // The control: the same statement from an ordinary thread runs.
        var control = await factory.WithDbAsync(db => Task.FromResult(Record.Exception(() => db.Database.ExecuteSqlRaw(TouchNothing))));
        control.Should().BeNull();
    }

    /// <summary>The guard's refusal, as thrown or as EF wrapped it while saving.</summary>
    private static InvalidOperationException? Refusal(Exception? exception) =>
        new[] { exception, exception?.InnerException }.OfType<InvalidOperationException>()
            .SingleOrDefault(e => e.Message.Contains("low-priority thread", StringComparison.Ordinal));

    /// <summary>The app with a probe after its own interceptors, which notes whether each command runs on a low-priority thread.</summary>
    private sealed class ProbedFactory : ApiFactory
    {
        public ThreadProbe Probe { get; } = new();

        protected override void ConfigureServices(IServiceCollection services)
        {
            base.ConfigureServices(services);
            services.ConfigureDbContext<SqliteAppDbContext>(options => options.AddInterceptors(Probe));
        }
    }

    private sealed class ThreadProbe : DbCommandInterceptor
    {
        private readonly ConcurrentQueue<(bool Write, bool Low)> seen = new();

        public IEnumerable<bool> Reads => seen.Where(s => !s.Write).Select(s => s.Low);

        public IEnumerable<bool> Writes => seen.Where(s => s.Write).Select(s => s.Low);

        public void Clear() => seen.Clear();

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Note(command);
            return ValueTask.FromResult(result);
        }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Note(command);
            return ValueTask.FromResult(result);
        }

        private void Note(DbCommand command) =>
            seen.Enqueue((SqlStatements.IsWrite(command.CommandText), LowPriorityThreads.IsCurrentThreadLowPriority));
    }

    private sealed class TestThreads() : LowPriorityThreads("Guard test", 1, 19);
}
