using Microsoft.AspNetCore.Mvc;

namespace AnalisaAI.Api.Infrastructure.OpenApi;

public static class DescribedProblemExtensions
{
    /// <summary>
    /// Declares a problem response of <paramref name="statusCode"/> with what it means for this operation, where the
    /// status's general meaning (<see cref="ProblemResponsesFilter"/>) would mislead: a login's 401 is not about a token.
    /// </summary>
    public static RouteHandlerBuilder ProducesDescribedProblem(this RouteHandlerBuilder builder, int statusCode, string description) =>
        builder.WithMetadata(new ProducesResponseTypeAttribute(typeof(ProblemDetails), statusCode, "application/problem+json") { Description = description });
}
