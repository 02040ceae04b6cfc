namespace AnalisaAI.Api.Infrastructure.Web;

public sealed class SpaCorsOptions
{
    public const string Section = "Cors";
    public const string PolicyName = "spa";

    public string[] AllowedOrigins { get; set; } = [];
}
