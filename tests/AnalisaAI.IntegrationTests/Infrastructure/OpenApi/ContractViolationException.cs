namespace AnalisaAI.IntegrationTests.Infrastructure.OpenApi;

/// <summary>Thrown to the test whose request got a response the served OpenAPI document does not allow.</summary>
public sealed class ContractViolationException(IReadOnlyList<ContractViolation> violations)
    : Exception("The response breaks the served OpenAPI document (/swagger/v1/swagger.json):\n  " + string.Join("\n  ", violations))
{
    public IReadOnlyList<ContractViolation> Violations { get; } = violations;
}
