namespace AnalisaAI.Api.Infrastructure.Web;

public static class RequestLimits
{
    /// <summary>Large enough for a 1000-item ingestion batch, small enough to refuse abuse early.</summary>
    public const long MaxRequestBodyBytes = 2 * 1024 * 1024;
}
