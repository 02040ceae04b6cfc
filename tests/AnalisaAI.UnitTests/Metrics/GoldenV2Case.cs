using System.Text.Json;

namespace AnalisaAI.UnitTests.Metrics;

/// <summary>One worked case of tests/Fixtures/metrics-v2-golden.json: its input and the expected part-2 fields.</summary>
internal sealed record GoldenV2Case(string Name, string Note, GoldenV2Input Input, JsonElement Expected)
{
    public override string ToString() => Name;
}
