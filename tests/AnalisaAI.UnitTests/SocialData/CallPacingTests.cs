using AnalisaAI.Api.Features.SocialData;

namespace AnalisaAI.UnitTests.SocialData;

public sealed class CallPacingTests
{
    private static readonly DateTime Start = new(2026, 6, 30, 12, 0, 0, DateTimeKind.Utc);
    private static readonly TimeSpan Ahead = TimeSpan.FromMinutes(5);

    [Theory]
    [InlineData(0, 17)]     // 200 x 5/60 = 16.7: a sweep interval's share at once
    [InlineData(5, 34)]     // 200 x 10/60 = 33.3
    [InlineData(30, 117)]   // 200 x 35/60 = 116.7
    [InlineData(55, 200)]
    [InlineData(59, 200)]   // never over the hour's limit
    public void The_window_allows_its_share_of_the_hour_one_interval_ahead(int minutes, int allowed)
    {
        CallPacing.AllowedBy(200, Start, Start.AddMinutes(minutes), Ahead).Should().Be(allowed);
    }

    [Fact]
    public void Available_is_the_share_left_in_an_open_window_or_a_new_windows_first_share()
    {
        CallPacing.Available(200, Start, 30, Start.AddMinutes(10), Ahead).Should().Be(50 - 30);
        CallPacing.Available(200, Start, 80, Start.AddMinutes(10), Ahead).Should().Be(0, "ahead of the pace: nothing until the share catches up");
        CallPacing.Available(200, Start, 200, Start.AddMinutes(61), Ahead).Should().Be(17, "the window is an hour old: a new one starts");
        CallPacing.Available(200, null, 0, Start, Ahead).Should().Be(17);
    }
}
