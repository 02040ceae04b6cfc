using AnalisaAI.Api.Features.SocialData;

namespace AnalisaAI.UnitTests.SocialData;

public sealed class GraphUsageTests
{
    [Theory]
    [InlineData("""{"call_count":12,"total_cputime":91,"total_time":40}""", 91, true)]
    [InlineData("""{"call_count":89,"total_cputime":0,"total_time":0}""", 89, false)]
    [InlineData("not json", 0, false)]
    [InlineData("[]", 0, false)]
    public void App_usage_pauses_at_90_percent_of_any_figure(string header, double highest, bool pause)
    {
        using var response = Answer((GraphUsage.AppUsageHeader, header));
        var usage = GraphUsage.Read(response.Headers);

        usage.HighestPercent.Should().Be(highest);
        usage.CallsForPause.Should().Be(pause);
        usage.TimeToRegainAccess.Should().BeNull();
    }

    [Fact]
    public void Business_use_case_usage_gives_the_time_to_regain_access()
    {
        using var response = Answer(
            (GraphUsage.AppUsageHeader, """{"call_count":5}"""),
            (GraphUsage.BusinessUseCaseUsageHeader,
                """{"1784":[{"type":"instagram","call_count":20,"total_cputime":95,"total_time":3,"estimated_time_to_regain_access":12},{"type":"pages","call_count":1,"estimated_time_to_regain_access":0}]}"""));
        var usage = GraphUsage.Read(response.Headers);

        usage.HighestPercent.Should().Be(95);
        usage.CallsForPause.Should().BeTrue();
        usage.TimeToRegainAccess.Should().Be(TimeSpan.FromMinutes(12));
    }

    [Fact]
    public void No_headers_report_nothing()
    {
        using var response = Answer();
        var usage = GraphUsage.Read(response.Headers);

        usage.Should().Be(new GraphUsage(0, null));
    }

    private static HttpResponseMessage Answer(params (string Name, string Value)[] headers)
    {
        var response = new HttpResponseMessage();
        foreach (var (name, value) in headers)
        {
            response.Headers.TryAddWithoutValidation(name, value);
        }

        return response;
    }
}
