namespace AnalisaAI.Api.Infrastructure.Web;

/// <summary>Endpoint metadata: the 200 answer may also be a <see cref="CsvDownload"/> (see <see cref="CsvResponseFilter"/>).</summary>
public sealed class CsvResponseMetadata
{
    public static readonly CsvResponseMetadata Instance = new();

    private CsvResponseMetadata()
    {
    }
}
