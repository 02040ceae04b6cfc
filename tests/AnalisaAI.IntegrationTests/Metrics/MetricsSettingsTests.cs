using AnalisaAI.IntegrationTests.Auth;
using AnalisaAI.IntegrationTests.Infrastructure;

namespace AnalisaAI.IntegrationTests.Metrics;

/// <summary>metrics.md: bad weights or window stop the application, saying which setting is wrong.</summary>
public sealed class MetricsSettingsTests
{
    [Theory]
    [InlineData("Metrics:Relevance:Weights:Engagement", "1.5", "Metrics:Relevance:Weights:Engagement")]
    [InlineData("Metrics:Relevance:Weights:Reach", "-0.1", "Metrics:Relevance:Weights:Reach")]
    [InlineData("Metrics:Relevance:Weights:Growth", "0.26", "Metrics:Relevance:Weights:* must sum to 1")]
    [InlineData("Metrics:WindowDays", "0", "Metrics:WindowDays")]
    [InlineData("MetricsUpdate:LoginBatchSize", "0", "MetricsUpdate:LoginBatchSize")]
    [InlineData("MetricsUpdate:MinAge", "-00:01:00", "MetricsUpdate:MinAge")]
    public void A_bad_metrics_setting_stops_start_up_naming_it(string key, string value, string expected)
    {
        using var factory = new ConfiguredApiFactory(new Dictionary<string, string?> { [key] = value });

        var start = () => factory.CreateClient();

        AuthApi.AllMessages(start.Should().Throw<Exception>().Which).Should().Contain(expected);
    }

    [Fact]
    public void Weights_that_sum_to_one_within_1e9_are_accepted()
    {
        using var factory = new ConfiguredApiFactory(new Dictionary<string, string?>
        {
            ["Metrics:Relevance:Weights:Engagement"] = "0.5",
            ["Metrics:Relevance:Weights:Reach"] = "0.1",
            ["Metrics:Relevance:Weights:Growth"] = "0.1",
            ["Metrics:Relevance:Weights:Consistency"] = "0.2",
            ["Metrics:Relevance:Weights:AudienceQuality"] = "0.1000000000001",
        });

        var start = () => factory.CreateClient();

        start.Should().NotThrow();
    }
}
