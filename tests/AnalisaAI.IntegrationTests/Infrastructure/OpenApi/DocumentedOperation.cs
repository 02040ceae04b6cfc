using System.Text.Json.Nodes;

namespace AnalisaAI.IntegrationTests.Infrastructure.OpenApi;

/// <summary>An operation of the document: its name (<c>GET /api/lists/{id}</c>), its object and its JSON Pointer.</summary>
public sealed record DocumentedOperation(string Name, JsonObject Operation, string Pointer);
