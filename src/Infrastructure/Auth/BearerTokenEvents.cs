using AnalisaAI.Api.Infrastructure.Persistence;
using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace AnalisaAI.Api.Infrastructure.Auth;

/// <summary>
/// Before any check: refuses a bearer token that is not in compact form, three base64url parts without padding
/// (RFC 7515), since the decoder would otherwise accept a padded signature as the same token.
/// After the signature and lifetime checks: refuses a token without a GUID account id and session, or whose
/// session has ended; logs every refused token and every 403 (never the token itself).
/// </summary>
public sealed partial class BearerTokenEvents(ISessionRevocations revocations, ILogger<BearerTokenEvents> logger) : JwtBearerEvents
{
    public override Task MessageReceived(MessageReceivedContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && !IsCompact(header.AsSpan(7).Trim()))
        {
            LogRefused("format", Path(context.HttpContext), Client(context.HttpContext));
            context.Fail("The token is not a compact JWS.");
        }

        return Task.CompletedTask;
    }

    public override async Task TokenValidated(TokenValidatedContext context)
    {
        if (context.Principal is null || !AccessTokenClaims.TryRead(context.Principal, out var userId, out var sessionId))
        {
            LogRefused("claims", Path(context.HttpContext), Client(context.HttpContext));
            context.Fail("The token does not name an account and a session.");
            return;
        }

        if (await revocations.IsRevokedAsync(sessionId, context.HttpContext.RequestAborted))
        {
            LogSessionEnded(userId, Path(context.HttpContext), Client(context.HttpContext));
            context.Fail("The session has ended.");
        }
    }

    public override Task AuthenticationFailed(AuthenticationFailedContext context)
    {
        // A database that was away while the session was checked refuses nothing: the exception goes on and the
        // request answers 503 (ProblemDetailsExceptionHandler), which logs it.
        if (DatabaseErrors.IsTransient(context.Exception))
        {
            return Task.CompletedTask;
        }

        // The exception's type says why (expired, bad signature, issuer) without echoing the token's contents.
        LogRefused(context.Exception.GetType().Name, Path(context.HttpContext), Client(context.HttpContext));
        return Task.CompletedTask;
    }

    public override Task Forbidden(ForbiddenContext context)
    {
        var userId = context.HttpContext.User.FindFirst(AuthClaims.Subject)?.Value ?? "unknown";
        LogForbidden(userId, context.HttpContext.Request.Method, Path(context.HttpContext), Client(context.HttpContext));
        return Task.CompletedTask;
    }

    /// <summary>Three non-empty parts of base64url characters only: no padding, no '+' or '/'.</summary>
    private static bool IsCompact(ReadOnlySpan<char> token)
    {
        var parts = 1;
        var partLength = 0;
        foreach (var c in token)
        {
            if (c == '.')
            {
                if (partLength == 0)
                {
                    return false;
                }

                parts++;
                partLength = 0;
            }
            else if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_')
            {
                partLength++;
            }
            else
            {
                return false;
            }
        }

        return parts == 3 && partLength > 0;
    }

    private static string Path(HttpContext http) => http.Request.Path.Value ?? "";

    private static string Client(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    [LoggerMessage(Level = LogLevel.Warning, Message = "Bearer token refused ({Reason}) on {Path} (client {ClientAddress})")]
    private partial void LogRefused(string reason, string path, string clientAddress);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Bearer token of user {UserId} refused on {Path}: its session has ended (client {ClientAddress})")]
    private partial void LogSessionEnded(Guid userId, string path, string clientAddress);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Forbidden: user {UserId} on {Method} {Path} (client {ClientAddress})")]
    private partial void LogForbidden(string userId, string method, string path, string clientAddress);
}
