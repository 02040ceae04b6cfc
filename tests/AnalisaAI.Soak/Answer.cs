using System.Net;
using System.Text.Json.Nodes;

namespace AnalisaAI.Soak;

/// <summary>An answer's status and body; a null status means no answer came.</summary>
public sealed record Answer(int? Status, string Body)
{
    public bool Is(HttpStatusCode status) => Status == (int)status;

    public JsonNode Json() => JsonNode.Parse(Body) ?? throw new InvalidOperationException("An empty JSON answer.");
}
