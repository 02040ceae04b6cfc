namespace AnalisaAI.Api.Infrastructure.Web;

public sealed class ConflictException(string detail)
    : ProblemException(StatusCodes.Status409Conflict, "Conflict", detail);
