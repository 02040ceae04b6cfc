using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Net.Http.Headers;

namespace AnalisaAI.Api.Infrastructure.Web;

/// <summary>
/// A CSV file streamed as it is produced: the header row goes out at once, then each batch's rows as soon as the
/// batch is written, so the response holds one batch in memory whatever the file's length (chunked, no
/// Content-Length). The writer waits while the client has not taken what was sent, so a slow client slows the
/// producer instead of filling memory. UTF-8 without a byte-order mark (docs/api.md, Export). An error after the
/// first bytes aborts the connection: the file is visibly cut, never silently short.
/// </summary>
public sealed class CsvDownload(string fileName, IReadOnlyList<string> header, IAsyncEnumerable<Action<CsvWriter>> batches)
    : IResult, IEndpointMetadataProvider
{
    public const string MediaType = "text/csv";

    /// <summary>
    /// The client asked for CSV: <c>Accept</c> names <c>text/csv</c> itself (a wildcard is not asking) with a q above
    /// that of <c>application/json</c> named itself, and no lower than that of a wildcard covering JSON. No Accept
    /// header, <c>*/*</c> or one that prefers JSON keeps the JSON answer.
    /// </summary>
    public static bool IsRequested(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var accept = request.GetTypedHeaders().Accept;
        var csv = Quality(accept, MediaType, named: true);
        return csv > 0 && csv > Quality(accept, "application/json", named: true) && csv >= Quality(accept, "application/json", named: false);
    }

    /// <summary>
    /// A file name made from a title a user chose: its letters and digits, other runs of characters as one '-', at
    /// most 60 characters, then ".csv"; <paramref name="fallback"/> when nothing is left. Non-ASCII letters stay (the
    /// header then carries filename*), so nothing of the title can break the header.
    /// </summary>
    public static string FileNameFor(string title, string fallback)
    {
        ArgumentNullException.ThrowIfNull(title);
        var name = new System.Text.StringBuilder();
        foreach (var c in title)
        {
            if (char.IsLetterOrDigit(c))
            {
                name.Append(c);
            }
            else if (name.Length > 0 && name[^1] != '-')
            {
                name.Append('-');
            }
        }

        var text = name.ToString().TrimEnd('-');
        text = text.Length > 60 ? text[..60].TrimEnd('-') : text;
        return (text.Length == 0 ? fallback : text) + ".csv";
    }

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        var cancellationToken = httpContext.RequestAborted;
        httpContext.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = $"{MediaType}; charset=utf-8; header=present";
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(fileName);
        response.Headers.ContentDisposition = disposition.ToString();

        var output = response.BodyWriter;
        var csv = new CsvWriter(output);
        csv.Row(header);
        if ((await output.FlushAsync(cancellationToken)).IsCompleted)
        {
            return;
        }

        await foreach (var batch in batches.WithCancellation(cancellationToken))
        {
            batch(csv);
            var flushed = await output.FlushAsync(cancellationToken);
            if (flushed.IsCompleted || flushed.IsCanceled)
            {
                return;
            }
        }
    }

    public static void PopulateMetadata(System.Reflection.MethodInfo method, EndpointBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Metadata.Add(CsvResponseMetadata.Instance);
    }

    /// <summary>
    /// The highest q the header gives <paramref name="mediaType"/>: through a range naming it (<paramref name="named"/>)
    /// or through any range covering it, wildcards included; -1 when none does.
    /// </summary>
    private static double Quality(IList<MediaTypeHeaderValue> accept, string mediaType, bool named)
    {
        var type = new MediaTypeHeaderValue(mediaType);
        var best = -1.0;
        foreach (var range in accept)
        {
            var matches = named ? range.MediaType.Equals(mediaType, StringComparison.OrdinalIgnoreCase) : type.IsSubsetOf(range);
            if (matches)
            {
                best = Math.Max(best, range.Quality ?? 1.0);
            }
        }

        return best;
    }
}
