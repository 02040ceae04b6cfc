namespace AnalisaAI.Api.Infrastructure.Web;

public sealed class UnauthorizedException(string detail)
    : ProblemException(StatusCodes.Status401Unauthorized, "Unauthorized", detail);
