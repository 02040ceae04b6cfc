namespace AnalisaAI.Api.Features.Auth;

/// <summary>
/// The browser mode of the token endpoints (<c>?useCookies=true</c>): the refresh token travels in an HttpOnly,
/// Secure, SameSite=Strict cookie that only the auth endpoints receive, so no script on the page can read it.
/// </summary>
public static class RefreshTokenCookie
{
    // The __Secure- prefix makes browsers refuse the cookie unless it is set Secure from a secure origin.
    public const string Name = "__Secure-AnalisaAI-Refresh";

    public const string Path = "/api/auth";

    /// <summary>
    /// A companion cookie the dashboard can read, holding no secret: it only says that a session may exist, so
    /// a fresh page asks /refresh when there is something to refresh (and a signed-out visitor sees no 401).
    /// </summary>
    public const string HintName = "AnalisaAI-Session";

    /// <summary>What the document says of the refresh token in the bodies of refresh and logout.</summary>
    public const string BodyMayLeaveOut = "Required, except with useCookies=true, where the cookie's refresh token is used when the body has none.";

    /// <summary>
    /// The token the body carries, else (in cookie mode) the cookie's; null when there is neither. The cookie is
    /// used only for a request declared <c>application/json</c>: a page on another origin (even a same-site one,
    /// which SameSite does not tell apart) cannot send that without a CORS preflight, so it cannot make the
    /// browser refresh or end the session behind the user's back. Without it: 415.
    /// </summary>
    public static string? Choose(string? fromBody, HttpRequest request, bool useCookies)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!string.IsNullOrEmpty(fromBody))
        {
            return fromBody;
        }

        if (!useCookies || !request.Cookies.TryGetValue(Name, out var fromCookie) || string.IsNullOrEmpty(fromCookie))
        {
            return null;
        }

        return request.HasJsonContentType()
            ? fromCookie
            : throw new BadHttpRequestException("A request that uses the session cookie must be sent as application/json.", StatusCodes.Status415UnsupportedMediaType);
    }

    /// <summary>Answers a token pair: in cookie mode the refresh token goes into the cookie and out of the body.</summary>
    public static IResult Deliver(HttpResponse response, TokenPairResponse pair, bool useCookies)
    {
        // Tokens must never sit in a shared or browser cache (RFC 6749 §5.1).
        response.Headers.CacheControl = "no-store";
        if (!useCookies)
        {
            return TypedResults.Ok(pair);
        }

        response.Cookies.Append(Name, pair.RefreshToken!, Options(pair.RefreshTokenExpiresAt));
        response.Cookies.Append(HintName, "1", HintOptions(pair.RefreshTokenExpiresAt));
        return TypedResults.Ok(pair with { RefreshToken = null });
    }

    public static void Clear(HttpResponse response)
    {
        response.Cookies.Delete(Name, Options(expires: null));
        response.Cookies.Delete(HintName, HintOptions(expires: null));
    }

    private static CookieOptions HintOptions(DateTime? expires)
    {
        var options = Options(expires);
        options.HttpOnly = false;
        options.Path = "/";
        return options;
    }

    private static CookieOptions Options(DateTime? expires) => new()
    {
        HttpOnly = true,
        Secure = true,
        SameSite = SameSiteMode.Strict,
        Path = Path,
        Expires = expires is null ? null : new DateTimeOffset(DateTime.SpecifyKind(expires.Value, DateTimeKind.Utc)),
        IsEssential = true,
    };
}
