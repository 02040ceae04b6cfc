using Microsoft.AspNetCore.Http.Features;

namespace AnalisaAI.Api.Infrastructure.Web;

/// <summary>
/// Refuses a declared body over the limit before reading it, and caps undeclared (chunked) bodies
/// through the server's own limit, so every host, test host included, answers 413 the same way.
/// </summary>
internal sealed class RequestBodyLimitMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (context.Request.ContentLength > RequestLimits.MaxRequestBodyBytes)
        {
            throw new BadHttpRequestException("Request body too large.", StatusCodes.Status413PayloadTooLarge);
        }

        var limit = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (limit is { IsReadOnly: false })
        {
            limit.MaxRequestBodySize = RequestLimits.MaxRequestBodyBytes;
        }

        return next(context);
    }
}
