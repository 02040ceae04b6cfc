using AnalisaAI.Soak;

namespace AnalisaAI.UnitTests.Soak;

public sealed class FaultClassifierTests
{
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(10);

    private static readonly FaultWindow Kill = new(FaultKind.InstanceKill, "B killed", Seconds(60), Seconds(70));
    private static readonly FaultWindow Restart = new(FaultKind.DatabaseRestart, "PostgreSQL restarted", Seconds(300), Seconds(306));
    private static readonly FaultWindow[] Windows = [Kill, Restart];

    [Theory]
    [InlineData(299, null)]
    [InlineData(300, "PostgreSQL restarted")]
    [InlineData(306, "PostgreSQL restarted")]
    [InlineData(316, "PostgreSQL restarted")]
    [InlineData(317, null)]
    [InlineData(65, "B killed")]
    [InlineData(80, "B killed")]
    public void A_moment_falls_in_the_window_that_holds_it_grace_included(int second, string? label)
    {
        FaultClassifier.WindowAt(Seconds(second), Windows, Grace)?.Label.Should().Be(label);
        (FaultClassifier.WindowAt(Seconds(second), Windows, Grace) is null).Should().Be(label is null);
    }

    [Fact]
    public void Overlapping_windows_give_the_earliest()
    {
        var late = new FaultWindow(FaultKind.DatabaseRestart, "late", Seconds(65), Seconds(90));
        FaultClassifier.WindowAt(Seconds(75), [late, Kill], Grace).Should().Be(Kill);
    }

    [Fact]
    public void A_503_with_Retry_After_is_allowed_only_during_a_database_restart()
    {
        FaultClassifier.Judge(503, retryAfter: true, Seconds(303), Windows, Grace).Should().Be(AnswerVerdict.Allowed);
        FaultClassifier.Judge(503, retryAfter: true, Seconds(315), Windows, Grace).Should().Be(AnswerVerdict.Allowed);
        FaultClassifier.Judge(503, retryAfter: true, Seconds(320), Windows, Grace).Should().Be(AnswerVerdict.OutsideFault);
        FaultClassifier.Judge(503, retryAfter: true, Seconds(65), Windows, Grace).Should().Be(AnswerVerdict.OutsideFault, "a kill is absorbed by the other instance");
        FaultClassifier.Judge(503, retryAfter: true, Seconds(10), Windows, Grace).Should().Be(AnswerVerdict.OutsideFault);
    }

    [Fact]
    public void A_503_without_Retry_After_or_any_other_5xx_is_never_allowed()
    {
        FaultClassifier.Judge(503, retryAfter: false, Seconds(303), Windows, Grace).Should().Be(AnswerVerdict.NoRetryAfter);
        FaultClassifier.Judge(500, retryAfter: true, Seconds(303), Windows, Grace).Should().Be(AnswerVerdict.ServerError);
        FaultClassifier.Judge(502, retryAfter: false, Seconds(10), Windows, Grace).Should().Be(AnswerVerdict.ServerError);
    }

    [Fact]
    public void Answers_below_500_are_not_judged()
    {
        var judge = () => FaultClassifier.Judge(429, retryAfter: true, Seconds(10), Windows, Grace);
        judge.Should().Throw<ArgumentOutOfRangeException>();
    }

    private static TimeSpan Seconds(int seconds) => TimeSpan.FromSeconds(seconds);
}
