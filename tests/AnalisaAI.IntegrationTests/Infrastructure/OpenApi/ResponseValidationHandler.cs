namespace AnalisaAI.IntegrationTests.Infrastructure.OpenApi;

/// <summary>
/// Checks every response its client receives against the document the app under test serves, and throws
/// <see cref="ContractViolationException"/> to the request's caller when the response breaks it, so the test that
/// got the response fails. With <see cref="ContractSurvey.Variable"/> set it records instead (a diagnosis run).
/// </summary>
public sealed class ResponseValidationHandler(ServedDocumentSource document) : DelegatingHandler
{
    /// <summary>Record violations (<see cref="ContractSurvey"/>) instead of throwing; on only when the survey variable is set.</summary>
    public bool Survey { get; init; } = ContractSurvey.IsOn;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        var contract = await document.GetAsync(cancellationToken);
        var violations = await contract.CheckAsync(request, response, cancellationToken);
        if (violations.Count == 0)
        {
            return response;
        }

        if (Survey)
        {
            ContractSurvey.Record(request, violations);
            return response;
        }

        response.Dispose();
        throw new ContractViolationException(violations);
    }
}
