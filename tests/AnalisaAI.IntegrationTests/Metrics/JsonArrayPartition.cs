using System.Text.Json.Nodes;

namespace AnalisaAI.IntegrationTests.Metrics;

internal static class JsonArrayPartition
{
    /// <summary>The elements that meet the predicate, and those that do not, each in order.</summary>
    public static (JsonNode?[] Matching, JsonNode?[] Others) Partition(this JsonArray array, Func<JsonNode?, bool> predicate) =>
        ([.. array.Where(predicate)], [.. array.Where(n => !predicate(n))]);
}
