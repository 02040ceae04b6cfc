using System.Text.Json;
using System.Text.Json.Nodes;

namespace AnalisaAI.IntegrationTests.Web;

/// <summary>Where an OpenAPI document writes out each closed set of text: by its values, the places its enum is written.</summary>
public static class OpenApiClosedSets
{
    /// <summary>Null aside, so that a nullable use counts as the same set; enums of true and false are not text.</summary>
    public static Dictionary<string, List<string>> Find(JsonNode document)
    {
        var sets = new Dictionary<string, List<string>>();
        Find(document, "", sets);
        return sets;
    }

    private static void Find(JsonNode? node, string where, Dictionary<string, List<string>> sets)
    {
        if (node is JsonObject obj)
        {
            if (obj["enum"] is JsonArray values && values.OfType<JsonValue>().All(v => v.GetValueKind() == JsonValueKind.String))
            {
                var key = string.Join(", ", values.OfType<JsonValue>().Select(v => v.GetValue<string>()));
                (sets.TryGetValue(key, out var places) ? places : sets[key] = []).Add(where);
            }

            foreach (var (name, child) in obj)
            {
                Find(child, $"{where}/{name}", sets);
            }
        }
        else if (node is JsonArray array)
        {
            for (var i = 0; i < array.Count; i++)
            {
                Find(array[i], $"{where}/{i}", sets);
            }
        }
    }
}
