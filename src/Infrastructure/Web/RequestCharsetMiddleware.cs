using Microsoft.Net.Http.Headers;

namespace AnalisaAI.Api.Infrastructure.Web;

/// <summary>
/// Request bodies are UTF-8: a body declared in any other character set (<c>charset=utf-7</c>, an unknown name,
/// even the alias <c>utf8</c> or a quoted <c>"utf-8"</c>, which the JSON reader does not take) gets 415 before anything reads it. JSON's reader would otherwise throw on a charset it cannot decode, and a
/// client would see a 500 where it sent something the API does not take.
/// </summary>
internal sealed class RequestCharsetMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (context.Request.ContentType is { } contentType
            && MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
            && mediaType.Charset is { Length: > 0 } charset
            && !charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase))
        {
            throw new BadHttpRequestException("Request bodies must be UTF-8: send no charset or charset=utf-8.", StatusCodes.Status415UnsupportedMediaType);
        }

        return next(context);
    }
}
