namespace AnalisaAI.IntegrationTests.Infrastructure.OpenApi;

/// <summary>Thrown to the test whose request got a response the served OpenAPI document does not allow.</summary>
public sealed class ContractViolationException(IReadOnlyList<ContractViolation> violations) : Exception(Describe(violations))
{
    // A list response repeats one break per item: the first few say what it is.
    private const int Shown = 10;

    public IReadOnlyList<ContractViolation> Violations { get; } = violations;

    private static string Describe(IReadOnlyList<ContractViolation> violations) =>
        $"The response breaks the served OpenAPI document ({ServedDocument.Path}):\n  "
        + string.Join("\n  ", violations.Take(Shown))
        + (violations.Count > Shown ? $"\n  ... and {violations.Count - Shown} more" : "");
}
