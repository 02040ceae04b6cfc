using AnalisaAI.Api.Features.MetricsUpdate.Execution;

namespace AnalisaAI.UnitTests.MetricsUpdate;

public sealed class OutageWaitsTests
{
    [Fact]
    public void A_run_waits_about_half_a_minute_in_growing_steps_then_gives_up()
    {
        var waits = OutageWaits.Limited(CancellationToken.None);
        var taken = new List<TimeSpan>();
        while (waits.Next is { } next && taken.Count < 100)
        {
            taken.Add(next);
            Skip(waits);
        }

        taken.Should().BeInAscendingOrder().And.HaveCount(7);
        taken.Aggregate(TimeSpan.Zero, (sum, wait) => sum + wait).Should().Be(TimeSpan.FromSeconds(31.5));
    }

    [Fact]
    public void Recording_an_outcome_waits_for_as_long_as_it_takes_at_most_8_seconds_apart()
    {
        var waits = OutageWaits.Unlimited(CancellationToken.None);
        for (var i = 0; i < 50; i++)
        {
            waits.Next.Should().NotBeNull().And.BeLessThanOrEqualTo(TimeSpan.FromSeconds(8));
            Skip(waits);
        }
    }

    [Fact]
    public async Task A_stopping_app_ends_the_waiting_at_once()
    {
        using var stopping = new CancellationTokenSource();
        var waits = OutageWaits.Unlimited(stopping.Token);

        var waiting = waits.WaitAsync(CancellationToken.None);
        await stopping.CancelAsync();

        (await waiting).Should().BeFalse();
        waits.Next.Should().BeNull();
    }

    /// <summary>Takes a wait without waiting it: the app is never stopping here, so a cancelled wait still counts.</summary>
    private static void Skip(OutageWaits waits)
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var act = async () => await waits.WaitAsync(cancelled.Token);
        act.Should().ThrowAsync<OperationCanceledException>().GetAwaiter().GetResult();
    }
}
