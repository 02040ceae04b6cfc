namespace AnalisaAI.Api.Infrastructure.Web;

/// <summary>A request the server understood and refuses whoever sends it (not a matter of the caller's role).</summary>
public sealed class ForbiddenException(string detail)
    : ProblemException(StatusCodes.Status403Forbidden, "Forbidden", detail);
