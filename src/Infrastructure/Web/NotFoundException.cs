namespace AnalisaAI.Api.Infrastructure.Web;

public sealed class NotFoundException(string detail)
    : ProblemException(StatusCodes.Status404NotFound, "Not Found", detail);
