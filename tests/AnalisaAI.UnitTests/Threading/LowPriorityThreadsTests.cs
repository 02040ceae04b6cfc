using System.Globalization;
using AnalisaAI.Api.Infrastructure.Auth;
using Microsoft.Extensions.Options;

namespace AnalisaAI.UnitTests.Threading;

/// <summary>
/// Password hashing and the metrics update run on threads of their own, below the requests' priority, so they
/// never hold a thread-pool thread and a request takes a core from them whenever it needs one.
/// </summary>
public sealed class LowPriorityThreadsTests : IDisposable
{
    private readonly PasswordHashingThreads threads = new(Options.Create(new PasswordHashingOptions { MaxConcurrent = 2 }));

    public void Dispose() => threads.Dispose();

    [Fact]
    public async Task Work_runs_off_the_thread_pool_on_a_named_thread()
    {
        var (poolThread, name) = await threads.RunAsync(() => (Thread.CurrentThread.IsThreadPoolThread, Thread.CurrentThread.Name), CancellationToken.None);

        poolThread.Should().BeFalse();
        name.Should().StartWith("Password hashing ");
    }

    [Fact]
    public async Task Async_work_comes_back_to_the_threads_after_each_await()
    {
        var poolThreads = await threads.RunAsync(
            async () =>
            {
                var seen = new List<bool>();
                for (var i = 0; i < 3; i++)
                {
                    await Task.Delay(5);
                    seen.Add(Thread.CurrentThread.IsThreadPoolThread);
                }

                return seen;
            },
            CancellationToken.None);

        poolThreads.Should().AllBeEquivalentTo(false);
    }

    [LinuxFact]
    public async Task On_linux_the_threads_run_at_a_lower_priority()
    {
        // Field 19 of /proc/thread-self/stat is the thread's nice value; the command name before it is in parentheses.
        var nice = await threads.RunAsync(() => File.ReadAllText("/proc/thread-self/stat"), CancellationToken.None);
        var fields = nice[(nice.LastIndexOf(')') + 2)..].Split(' ');

        int.Parse(fields[16], CultureInfo.InvariantCulture).Should().Be(PasswordHashingThreads.Niceness);
    }

    [Fact]
    public async Task As_many_pieces_of_work_run_at_once_as_there_are_threads()
    {
        using var bothStarted = new CountdownEvent(2);
        bool MeetTheOther()
        {
            bothStarted.Signal();
            return bothStarted.Wait(TimeSpan.FromSeconds(10));
        }

        var first = threads.RunAsync(MeetTheOther, CancellationToken.None);
        var second = threads.RunAsync(MeetTheOther, CancellationToken.None);

        (await Task.WhenAll(first, second)).Should().AllBeEquivalentTo(true, "each waits for the other, which only two threads allow");
    }

    [Fact]
    public async Task Work_that_comes_after_disposal_still_runs()
    {
        threads.Dispose();

        (await threads.RunAsync(() => 42, CancellationToken.None)).Should().Be(42);
    }
}
