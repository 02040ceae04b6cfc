using System.Diagnostics;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;

namespace AnalisaAI.Api.Infrastructure.Web;

/// <summary>Writes every problem-details answer, whatever the client's Accept header says.</summary>
public static class ProblemResponses
{
    /// <summary>The fields every problem carries (api.md): instance, a type and the trace id.</summary>
    public static void Complete(HttpContext http, ProblemDetails problem)
    {
        problem.Instance ??= http.Request.Path;
        problem.Extensions["traceId"] = Activity.Current?.Id ?? http.TraceIdentifier;
        problem.Type ??= $"https://httpstatuses.io/{problem.Status}";
    }

    /// <summary>
    /// A status answered without a body (a bearer challenge, a forbidden role, a route not found) as problem
    /// details; the default status-code page would answer a CSV request's 401 in plain text.
    /// </summary>
    public static Task WriteStatusAsync(StatusCodeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var status = context.HttpContext.Response.StatusCode;
        return WriteAsync(context.HttpContext, new ProblemDetails { Status = status, Title = ReasonPhrases.GetReasonPhrase(status) }).AsTask();
    }

    /// <summary>
    /// Through the problem-details service; a client that accepts no JSON (<c>Accept: application/xml</c>)
    /// still gets the problem as JSON, since answering nothing would turn a 4xx into a 500.
    /// </summary>
    public static async ValueTask WriteAsync(HttpContext http, ProblemDetails problem, Exception? exception = null)
    {
        var service = http.RequestServices.GetRequiredService<IProblemDetailsService>();
        if (await service.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem, Exception = exception }))
        {
            return;
        }

        // By its runtime type, so a validation problem keeps its errors (a CSV request's 400 included).
        Complete(http, problem);
        await http.Response.WriteAsJsonAsync(problem, problem.GetType(), options: null, contentType: "application/problem+json");
    }
}
