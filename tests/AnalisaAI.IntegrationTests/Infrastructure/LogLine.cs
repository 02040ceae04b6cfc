using Microsoft.Extensions.Logging;

namespace AnalisaAI.IntegrationTests.Infrastructure;

public sealed record LogLine(string Category, LogLevel Level, string Message, IReadOnlyDictionary<string, object?> Properties, Exception? Exception);
