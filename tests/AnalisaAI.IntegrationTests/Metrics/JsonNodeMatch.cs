using System.Text.Json;
using System.Text.Json.Nodes;

namespace AnalisaAI.IntegrationTests.Metrics;

/// <summary>
/// Compares an expected JSON value with the API's: numbers within 1e-6, strings, booleans and null exactly,
/// lists element by element in order, objects with exactly the same fields.
/// </summary>
internal static class JsonNodeMatch
{
    private const double Tolerance = 1e-6;

    public static void Assert(JsonNode? expected, JsonNode? actual, string path)
    {
        switch (expected)
        {
            case null:
                actual.Should().BeNull(path);
                break;
            case JsonObject expectedObject:
                actual.Should().BeOfType<JsonObject>(path);
                actual!.AsObject().Select(p => p.Key).Should()
                    .BeEquivalentTo(expectedObject.Select(p => p.Key), $"{path} has exactly the expected fields");
                foreach (var (name, value) in expectedObject)
                {
                    Assert(value, actual[name], $"{path}.{name}");
                }

                break;
            case JsonArray expectedArray:
                actual.Should().BeOfType<JsonArray>(path);
                actual!.AsArray().Should().HaveCount(expectedArray.Count, path);
                for (var i = 0; i < expectedArray.Count; i++)
                {
                    Assert(expectedArray[i], actual[i], $"{path}[{i}]");
                }

                break;
            default:
                actual.Should().NotBeNull(path);
                if (expected.GetValueKind() == JsonValueKind.Number)
                {
                    actual!.GetValueKind().Should().Be(JsonValueKind.Number, path);
                    actual.GetValue<double>().Should().BeApproximately(expected.GetValue<double>(), Tolerance, path);
                }
                else
                {
                    actual!.ToJsonString().Should().Be(expected.ToJsonString(), path);
                }

                break;
        }
    }
}
