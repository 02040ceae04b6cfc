using System.Text.Json;

namespace AnalisaAI.UnitTests.Metrics;

/// <summary>
/// Compares an expected JSON value with an actual one: numbers within 1e-6, strings, booleans and null exactly,
/// lists element by element in order, objects with exactly the same fields.
/// </summary>
internal static class JsonMatch
{
    public const double Tolerance = 1e-6;

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    public static void Assert(JsonElement expected, object? actual, string path) =>
        Compare(expected, JsonSerializer.SerializeToElement(actual, JsonOptions), path);

    public static void Compare(JsonElement expected, JsonElement actual, string path)
    {
        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                actual.ValueKind.Should().Be(JsonValueKind.Object, path);
                actual.EnumerateObject().Select(p => p.Name).Should()
                    .BeEquivalentTo(expected.EnumerateObject().Select(p => p.Name), $"{path} has exactly the expected fields");
                foreach (var field in expected.EnumerateObject())
                {
                    Compare(field.Value, actual.GetProperty(field.Name), $"{path}.{field.Name}");
                }

                break;
            case JsonValueKind.Array:
                actual.ValueKind.Should().Be(JsonValueKind.Array, path);
                actual.GetArrayLength().Should().Be(expected.GetArrayLength(), $"{path} has as many elements");
                var index = 0;
                foreach (var (e, a) in expected.EnumerateArray().Zip(actual.EnumerateArray()))
                {
                    Compare(e, a, $"{path}[{index++}]");
                }

                break;
            case JsonValueKind.Number:
                actual.ValueKind.Should().Be(JsonValueKind.Number, path);
                actual.GetDouble().Should().BeApproximately(expected.GetDouble(), Tolerance, path);
                break;
            default:
                actual.ValueKind.Should().Be(expected.ValueKind, path);
                actual.ToString().Should().Be(expected.ToString(), path);
                break;
        }
    }
}
