namespace AnalisaAI.IntegrationTests.Infrastructure.OpenApi;

/// <summary>
/// One way a response broke the served document: the operation (<c>GET /api/lists/{id}</c>), the status it answered,
/// what kind of break (<see cref="ViolationKind"/>) and where: the body's JSON location and the failing keyword for
/// a schema error, the media type for a content-type error.
/// </summary>
public sealed record ContractViolation(string Operation, int Status, string Kind, string Location, string Detail)
{
    public override string ToString() =>
        Location.Length > 0 ? $"{Operation} -> {Status}: {Kind} at {Location}: {Detail}" : $"{Operation} -> {Status}: {Kind}: {Detail}";
}
