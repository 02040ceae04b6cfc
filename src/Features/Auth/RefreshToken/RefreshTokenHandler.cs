using System.Security.Cryptography;
using System.Text;
using AnalisaAI.Api.Infrastructure.Auth;
using AnalisaAI.Api.Infrastructure.Persistence;
using AnalisaAI.Api.Infrastructure.Web;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AnalisaAI.Api.Features.Auth.RefreshToken;

/// <summary>
/// Rotates a refresh token (RFC 9700 §4.14.2): the presented token is consumed and its successor issued in
/// one transaction. A token presented again within <see cref="DoubleSubmitWindow"/> of its own rotation by the
/// client that rotated it (same user agent and address), while its successor is still unused, is a double submit
/// (two tabs, a retry) and only gets 401. Any other re-use means it leaked (a thief replaying it, even within the
/// window): the whole family is revoked.
/// </summary>
public sealed partial class RefreshTokenHandler(
    AppDbContext db,
    TokenPairIssuer tokens,
    IPublisher publisher,
    IOptions<JwtOptions> jwt,
    TimeProvider time,
    IHttpContextAccessor http,
    SessionTerminator sessions,
    ILogger<RefreshTokenHandler> logger) : ICommandHandler<RefreshTokenCommand, TokenPairResponse>
{
    private const string Invalid = "The refresh token is invalid, expired or revoked.";

    public static readonly TimeSpan DoubleSubmitWindow = TimeSpan.FromSeconds(10);

    public async ValueTask<TokenPairResponse> Handle(RefreshTokenCommand command, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var client = ClientFingerprint();
        var hash = RefreshTokenSecret.Hash(command.RefreshToken);
        var presented = await db.RefreshTokens.AsNoTracking().SingleOrDefaultAsync(t => t.TokenHash == hash, cancellationToken);
        // A link's CreatedAt is its family's last use: a session idle for RefreshIdleDays has ended too.
        if (presented is null || presented.RevokedAt is not null || presented.ExpiresAt <= now
            || presented.CreatedAt.AddDays(jwt.Value.RefreshIdleDays) <= now)
        {
            throw new UnauthorizedException(Invalid);
        }

        if (presented.ConsumedAt is { } consumedAt)
        {
            await RefuseConsumedAsync(presented, consumedAt, client, now, cancellationToken);
        }

        // Retried whole on a transient failure (TransientFailureRetries): the consume is conditional and rolls back
        // with a failed attempt, the successor is a new token in each attempt, and nothing outside the database changes
        // before the commit. An attempt whose commit may have gone through is not retried: the client gets a 503; the
        // same token sent again then works if nothing was committed, and is a double submit (401, the session kept)
        // if the rotation was.
        var pair = await TransientFailureRetries.InTransactionAsync(db, token => RotateAsync(presented, now, client, token), cancellationToken);
        if (pair is not { } rotated)
        {
            await RevokeFamilyAsync(presented);
            throw new UnauthorizedException(Invalid);
        }

        await publisher.Publish(new TokenRefreshed(rotated.UserId), cancellationToken);
        return rotated.Tokens;
    }

    /// <summary>Consumes the presented link and issues its successor; null when the account is gone or disabled.</summary>
    private async Task<(Guid UserId, TokenPairResponse Tokens)?> RotateAsync(StoredRefreshToken presented, DateTime now, string client, CancellationToken cancellationToken)
    {
        // The consume is conditional, so of two concurrent refreshes with one token exactly one wins.
        var consumed = await db.RefreshTokens
            .Where(t => t.Id == presented.Id && t.ConsumedAt == null && t.RevokedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(t => t.ConsumedAt, now).SetProperty(t => t.RotatedBy, client), cancellationToken);
        if (consumed == 0)
        {
            // A concurrent refresh with the same token won: the same double submit as above.
            LogDoubleSubmit(presented.UserId, presented.FamilyId);
            throw new UnauthorizedException(Invalid);
        }

        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == presented.UserId, cancellationToken);
        if (user is null || user.DisabledAt is not null)
        {
            // The consume commits; the caller revokes the whole family next, so the consumed link never counts.
            return null;
        }

        var pair = tokens.Issue(user, presented.FamilyId, presented.ExpiresAt);
        await db.SaveChangesAsync(cancellationToken);
        return (user.Id, pair);
    }

    private async Task RefuseConsumedAsync(StoredRefreshToken presented, DateTime consumedAt, string client, DateTime now, CancellationToken cancellationToken)
    {
        // A link rotated before RotatedBy existed counts as the same client.
        if (now - consumedAt <= DoubleSubmitWindow
            && (presented.RotatedBy is null || presented.RotatedBy == client)
            && !await SuccessorRotatedAsync(presented, consumedAt, cancellationToken))
        {
            LogDoubleSubmit(presented.UserId, presented.FamilyId);
        }
        else
        {
            await RevokeFamilyAsync(presented);
        }

        throw new UnauthorizedException(Invalid);
    }

    // The successor was issued after this link was consumed; a consumed link of the family issued since then
    // means the successor (or a later one) was itself rotated, so the resubmitting client is not the one holding the head.
    private Task<bool> SuccessorRotatedAsync(StoredRefreshToken presented, DateTime consumedAt, CancellationToken cancellationToken) =>
        db.RefreshTokens.AnyAsync(
            t => t.FamilyId == presented.FamilyId && t.Id != presented.Id && t.ConsumedAt != null && t.CreatedAt >= consumedAt,
            cancellationToken);

    private string ClientFingerprint()
    {
        var request = http.HttpContext?.Request;
        var userAgent = request?.Headers.UserAgent.ToString() ?? "";
        var address = ClientAddress.PartitionKey(request?.HttpContext.Connection.RemoteIpAddress);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(userAgent + "\n" + address)));
    }

    private async Task RevokeFamilyAsync(StoredRefreshToken presented)
    {
        LogReuse(presented.UserId, presented.FamilyId);
        // Not cut short by the caller going away: a leaked family is revoked whatever happens to the request.
        await sessions.EndAsync(presented.UserId, presented.FamilyId, CancellationToken.None);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refresh token reuse for user {UserId}: token family {FamilyId} revoked")]
    private partial void LogReuse(Guid userId, Guid familyId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Refresh token of user {UserId} presented again right after its rotation (double submit); token family {FamilyId} kept")]
    private partial void LogDoubleSubmit(Guid userId, Guid familyId);
}
