using System.Text.Json;
using AnalisaAI.Api.Features.Metrics.Engagement;
using AnalisaAI.Api.Features.Metrics.Growth;
using AnalisaAI.Api.Features.Metrics.Reach;
using AnalisaAI.Api.Features.Metrics.Relevance;

namespace AnalisaAI.UnitTests.Metrics;

public class GoldenCasesTests
{
    private const double Tolerance = 1e-6;

    private static readonly HashSet<string> Part2Fields = [.. typeof(EngagementSampleMetrics).GetProperties().Select(p => p.Name)];

    public static TheoryData<string> CaseNames() => new(GoldenCaseAggregator.LoadCases().Select(c => c.Name));

    [Fact]
    public void The_golden_file_has_ten_cases() => GoldenCaseAggregator.LoadCases().Should().HaveCount(10);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void The_calculators_reproduce_each_golden_case(string name)
    {
        var c = GoldenCaseAggregator.LoadCase(name);
        var followers = c.Influencer.Followers;

        var engagement = EngagementCalculator.Calculate(GoldenCaseAggregator.Engagement(c), followers);
        var reach = ReachCalculator.Calculate(GoldenCaseAggregator.Reach(c), followers);
        var growth = GrowthCalculator.Calculate(GoldenCaseAggregator.Growth(c), followers);
        var relevance = RelevanceCalculator.Calculate(GoldenCaseAggregator.Relevance(c, engagement, reach, growth));

        AssertMatches(c.Expected.GetProperty("engagement"), engagement);
        AssertMatches(c.Expected.GetProperty("reach"), reach);
        AssertMatches(c.Expected.GetProperty("growth"), growth);
        AssertMatches(c.Expected.GetProperty("relevance"), relevance);
    }

    /// <summary>
    /// Compares every expected JSON field with the record property of the same (camelCase) name, so a field
    /// missing from either side fails the test instead of going unchecked.
    /// </summary>
    private static void AssertMatches(JsonElement expected, object actual)
    {
        // Part 2's added engagement fields have cases of their own (GoldenV2CasesTests); this file predates them.
        var properties = actual.GetType().GetProperties()
            .Where(p => p.Name != "EqualityContract" && !Part2Fields.Contains(p.Name))
            .ToDictionary(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name));
        var expectedNames = expected.EnumerateObject().Select(p => p.Name).ToArray();
        expectedNames.Should().BeEquivalentTo(properties.Keys, "every result field has an expected value");

        foreach (var field in expected.EnumerateObject())
        {
            var value = properties[field.Name].GetValue(actual);
            var because = $"{actual.GetType().Name}.{field.Name}";
            switch (field.Value.ValueKind)
            {
                case JsonValueKind.Null:
                    value.Should().BeNull(because);
                    break;
                case JsonValueKind.Number:
                    value.Should().NotBeNull(because);
                    Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture)
                        .Should().BeApproximately(field.Value.GetDouble(), Tolerance, because);
                    break;
                case JsonValueKind.Array:
                    value.Should().BeAssignableTo<IEnumerable<string>>(because)
                        .Which.Should().Equal(field.Value.EnumerateArray().Select(e => e.GetString()), because);
                    break;
                default:
                    throw new InvalidOperationException($"Unexpected JSON kind for {because}: {field.Value.ValueKind}");
            }
        }
    }
}
