using System.Text.Json;

namespace AnalisaAI.IntegrationTests.Infrastructure.OpenApi;

/// <summary>
/// Diagnosis only: with ANALISAAI_OPENAPI_SURVEY set to a file path, responses that break the served document are
/// appended to that file (one JSON object a line) instead of failing their tests, so one run lists everything the
/// document still lacks. Unset (always, in CI), every violation fails its test.
/// </summary>
public static class ContractSurvey
{
    public const string Variable = "ANALISAAI_OPENAPI_SURVEY";

    private static readonly Lock Writing = new();

    public static string? File { get; } = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } path ? path : null;

    public static bool IsOn => File is not null;

    public static void Record(HttpRequestMessage request, IEnumerable<ContractViolation> violations)
    {
        var lines = violations.Select(v => JsonSerializer.Serialize(new
        {
            v.Operation,
            v.Status,
            v.Kind,
            v.Location,
            v.Detail,
            Request = $"{request.Method} {request.RequestUri?.PathAndQuery}",
        }));
        lock (Writing)
        {
            System.IO.File.AppendAllLines(File!, lines);
        }
    }
}
