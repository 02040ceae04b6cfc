using AnalisaAI.Api.Features.MetricsUpdate;
using AnalisaAI.Api.Features.MetricsUpdate.Execution;
using AnalisaAI.Api.Infrastructure.Web;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace AnalisaAI.UnitTests.MetricsUpdate;

public sealed class BudgetTests
{
    private readonly FakeTimeProvider time = new();
    private readonly Load load = new();

    private Budget Budget(int concurrency = 2) => new(
        Options.Create(new MetricsUpdateOptions { Budget = { Concurrency = concurrency, BusyRequests = 4, BusyInterval = TimeSpan.FromSeconds(1) } }),
        load,
        time);

    [Fact]
    public async Task An_idle_instance_runs_at_full_speed_up_to_the_concurrency()
    {
        using var budget = Budget(concurrency: 2);

        using var first = await budget.EnterRunAsync(CancellationToken.None);
        using var second = await budget.EnterRunAsync(CancellationToken.None);
        var third = budget.EnterRunAsync(CancellationToken.None);

        third.IsCompleted.Should().BeFalse("two runs at once is the limit");
        first.Dispose();
        (await third.WaitAsync(TimeSpan.FromSeconds(5))).Dispose();
    }

    [Fact]
    public async Task A_busy_foreground_gets_one_run_per_interval_and_never_none()
    {
        using var budget = Budget(concurrency: 4);
        load.RequestsInFlight = 10;

        using var first = await budget.EnterRunAsync(CancellationToken.None);
        var second = budget.EnterRunAsync(CancellationToken.None);
        time.Advance(TimeSpan.FromMilliseconds(500));
        await Task.Yield();
        second.IsCompleted.Should().BeFalse("the foreground is busy and the interval has not passed");

        time.Advance(TimeSpan.FromMilliseconds(600));
        (await second.WaitAsync(TimeSpan.FromSeconds(5))).Dispose();
    }

    [Fact]
    public async Task Claims_have_their_own_turns()
    {
        using var budget = Budget();
        load.RequestsInFlight = 10;

        using var run = await budget.EnterRunAsync(CancellationToken.None);
        var claim = budget.EnterClaimAsync(CancellationToken.None);

        await claim.WaitAsync(TimeSpan.FromSeconds(5));
        budget.EnterClaimAsync(CancellationToken.None).IsCompleted.Should().BeFalse("the next claim waits for the next interval");
    }

    [Fact]
    public void The_foreground_is_busy_at_either_threshold()
    {
        using var budget = Budget();
        budget.ForegroundIsBusy.Should().BeFalse();
        load.RequestsInFlight = 4;
        budget.ForegroundIsBusy.Should().BeTrue();
        load.RequestsInFlight = 1;
        load.QueuedWorkItems = 2 * Environment.ProcessorCount;
        budget.ForegroundIsBusy.Should().BeTrue("one request waits behind a queued thread pool");
        load.RequestsInFlight = 0;
        budget.ForegroundIsBusy.Should().BeFalse("with no request in flight the queue is the update's own work");
        load.QueuedWorkItems = 0;
        load.SinceRequestWaitedForWriter = TimeSpan.FromMilliseconds(50);
        budget.ForegroundIsBusy.Should().BeTrue("a request waited for the database's writer 50 ms ago");
        load.SinceRequestWaitedForWriter = TimeSpan.FromSeconds(1);
        budget.ForegroundIsBusy.Should().BeFalse("that contention is over (QuietPeriod, 200 ms)");
    }

    [Fact]
    public async Task A_light_foreground_without_contention_leaves_the_update_at_full_speed()
    {
        using var budget = Budget(concurrency: 1);

        // A poller: one request in flight now and then, nothing queued, no wait for the writer.
        load.RequestsInFlight = 1;
        budget.ForegroundIsBusy.Should().BeFalse("a request merely being there is not contention");
        for (var i = 0; i < 5; i++)
        {
            // Runs one after another with no pause: no busy turn is taken, the clock never moves.
            (await budget.EnterRunAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5))).Dispose();
        }
    }

    private sealed class Load : IForegroundLoad
    {
        public int RequestsInFlight { get; set; }

        public long QueuedWorkItems { get; set; }

        public TimeSpan SinceRequestWaitedForWriter { get; set; } = TimeSpan.MaxValue;
    }
}
