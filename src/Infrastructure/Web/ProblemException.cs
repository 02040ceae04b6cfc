namespace AnalisaAI.Api.Infrastructure.Web;

/// <summary>A failure the client caused and may see; the exception handler turns it into problem details.</summary>
public abstract class ProblemException(int statusCode, string title, string? detail) : Exception(detail ?? title)
{
    public int StatusCode { get; } = statusCode;
    public string Title { get; } = title;
    public string? Detail { get; } = detail;
}
