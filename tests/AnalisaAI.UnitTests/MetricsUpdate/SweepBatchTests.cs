using AnalisaAI.Api.Features.MetricsUpdate.Scheduling;

namespace AnalisaAI.UnitTests.MetricsUpdate;

public sealed class SweepBatchTests
{
    [Theory]
    [InlineData(17, 1000, 17)]
    [InlineData(0, 1000, 0)]
    [InlineData(5000, 1000, 1000)]
    [InlineData(null, 1000, 1000)] // the Stored source: no call budget, up to the cap
    public void The_batch_is_the_calls_the_budget_allows_within_the_cap(int? calls, int cap, int size)
    {
        SweepBatch.Size(calls, cap).Should().Be(size);
    }
}
