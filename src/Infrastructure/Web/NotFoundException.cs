namespace AnalisaAI.Api.Infrastructure.Web;

public sealed class NotFoundException(string detail)
    : ProblemException(StatusCodes.Status404NotFound, "Not Found", detail)
{
    /// <summary>The one wording of "no such thing": <c>Influencer {id} does not exist.</c></summary>
    public static NotFoundException For(string what, Guid id) => new($"{what} {id} does not exist.");
}
