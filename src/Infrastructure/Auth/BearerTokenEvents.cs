using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace AnalisaAI.Api.Infrastructure.Auth;

/// <summary>
/// After the signature and lifetime checks: refuses a token without a GUID account id and session, or whose
/// session has ended; logs every refused token and every 403 (never the token itself).
/// </summary>
public sealed partial class BearerTokenEvents(ISessionRevocations revocations, ILogger<BearerTokenEvents> logger) : JwtBearerEvents
{
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

    private static string Path(HttpContext http) => http.Request.Path.Value ?? "";

    private static string Client(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    [LoggerMessage(Level = LogLevel.Warning, Message = "Bearer token refused ({Reason}) on {Path} (client {ClientAddress})")]
    private partial void LogRefused(string reason, string path, string clientAddress);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Bearer token of user {UserId} refused on {Path}: its session has ended (client {ClientAddress})")]
    private partial void LogSessionEnded(Guid userId, string path, string clientAddress);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Forbidden: user {UserId} on {Method} {Path} (client {ClientAddress})")]
    private partial void LogForbidden(string userId, string method, string path, string clientAddress);
}
