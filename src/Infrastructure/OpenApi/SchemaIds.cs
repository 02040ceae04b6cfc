using AnalisaAI.Api.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;

namespace AnalisaAI.Api.Infrastructure.OpenApi;

/// <summary>
/// The component schemas' ids, which generated clients turn into type names (and namespaces, at the dots), so a
/// changed id is a breaking change. Our types are named by feature and slice (<c>Metrics.MetricsResponse</c>); the
/// framework's problem types by the plain names a client catches (<c>ProblemDetails</c>,
/// <c>ValidationProblemDetails</c>), not by the framework's namespaces.
/// </summary>
public static class SchemaIds
{
    public const string Problem = "ProblemDetails";

    public const string ValidationProblem = "ValidationProblemDetails";

    public static string For(Type type) =>
        type == typeof(ProblemDetails) ? Problem
        : type == typeof(HttpValidationProblemDetails) ? ValidationProblem
        : type.FullName!.Replace("AnalisaAI.Api.Features.", "", StringComparison.Ordinal).Replace('+', '.');

    /// <summary>An enum's set is the enum's schema; another set is named beside the type that declares it (<c>Auth.Role</c>).</summary>
    public static string For(ClosedSet set)
    {
        var declaredBy = For(set.DeclaredBy);
        return set.DeclaredBy.IsEnum ? declaredBy : declaredBy[..(declaredBy.LastIndexOf('.') + 1)] + set.Name;
    }
}
