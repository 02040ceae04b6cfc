using AnalisaAI.Api.Features.MetricsUpdate.Claims;

namespace AnalisaAI.UnitTests.MetricsUpdate;

public sealed class ClaimOrderTests
{
    private static readonly DateTime Now = new(2026, 6, 30, 12, 0, 0, DateTimeKind.Utc);
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);
    private static readonly TimeSpan Lead = TimeSpan.FromMinutes(5);

    private static readonly Guid HotJustOverdue = new("00000000-0000-0000-0000-000000000001");
    private static readonly Guid HotDueWithinLead = new("00000000-0000-0000-0000-000000000002");
    private static readonly Guid HotFresh = new("00000000-0000-0000-0000-000000000003");
    private static readonly Guid ColdVeryStale = new("00000000-0000-0000-0000-000000000004");
    private static readonly Guid ColdStale = new("00000000-0000-0000-0000-000000000005");

    private static readonly ClaimCandidate[] Candidates =
    [
        new(ColdStale, Now.AddHours(-30), Hot: false),          // 1.25 of its target
        new(HotFresh, Now.AddMinutes(-20), Hot: true),          // 0.33
        new(ColdVeryStale, Now.AddHours(-47), Hot: false),      // 1.96
        new(HotJustOverdue, Now.AddMinutes(-70), Hot: true),    // 1.17
        new(HotDueWithinLead, Now.AddMinutes(-57), Hot: true),  // 0.95, due within the lead
    ];

    [Fact]
    public void An_overdue_hot_influencer_goes_before_any_cold_one()
    {
        ClaimOrder.Order(Candidates, Now, Hour, Day, Lead, hotFirst: true)
            .Should().Equal(HotJustOverdue, HotDueWithinLead, ColdVeryStale, ColdStale, HotFresh);
    }

    [Fact]
    public void When_the_hot_set_does_not_fit_the_budget_all_go_by_how_overdue_they_are()
    {
        ClaimOrder.Order(Candidates, Now, Hour, Day, Lead, hotFirst: false)
            .Should().Equal(ColdVeryStale, ColdStale, HotJustOverdue, HotDueWithinLead, HotFresh);
    }

    [Theory]
    [InlineData(50, 60, 200, true)]     // 50 calls an hour of 200
    [InlineData(200, 60, 200, true)]    // exactly the budget
    [InlineData(201, 60, 200, false)]
    [InlineData(120, 30, 200, false)]   // a 30-minute target: 240 calls an hour
    public void The_hot_set_fits_when_keeping_it_within_target_costs_no_more_than_the_budget(int hot, int targetMinutes, int budget, bool fits)
    {
        ClaimOrder.HotSetFits(hot, TimeSpan.FromMinutes(targetMinutes), budget).Should().Be(fits);
        ClaimOrder.HotSetFits(hot, TimeSpan.FromMinutes(targetMinutes), null).Should().BeTrue("without a call budget nothing binds");
    }
}
