namespace AnalisaAI.IntegrationTests.Infrastructure.OpenApi;

/// <summary>The kinds of <see cref="ContractViolation"/>.</summary>
public static class ViolationKind
{
    /// <summary>The operation declares neither this status nor a <c>default</c> response.</summary>
    public const string UndeclaredStatus = "undeclared status";

    /// <summary>The body's media type is not one the response declares (a body where none is declared included).</summary>
    public const string UndeclaredContentType = "undeclared content type";

    /// <summary>The response declares content, and came with no body.</summary>
    public const string MissingBody = "missing body";

    /// <summary>A JSON media type whose body does not parse as JSON.</summary>
    public const string NotJson = "body is not JSON";

    /// <summary>The JSON body fails the declared schema.</summary>
    public const string Schema = "schema";
}
