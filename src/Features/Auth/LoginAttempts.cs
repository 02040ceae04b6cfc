using AnalisaAI.Api.Infrastructure.Persistence;
using AnalisaAI.Api.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AnalisaAI.Api.Features.Auth;

/// <summary>
/// The lockout every password check shares (sign-in and change-password), so guesses through either count
/// toward one limit. Two counts, each reserved before the password is verified by a conditional statement:
/// per account and client address (<see cref="LoginThrottle"/>, <c>MaxFailedAttempts</c>), so an address that
/// guesses locks itself out of the account and no one else; and per account over every address
/// (<see cref="User.FailedLoginCount"/>, <c>MaxFailedAttemptsPerAccount</c>), the ceiling on guesses spread over
/// many addresses. The one writer of both (docs/adr/0014-login-throttling.md).
/// </summary>
public sealed partial class LoginAttempts(AppDbContext db, IOptions<LockoutOptions> lockout, IHttpContextAccessor http, ILogger<LoginAttempts> logger)
{
    // The first failure from an address races other first failures to insert its row: the loser counts on the winner's.
    private const int InsertRounds = 3;

    /// <summary>The request's client address as the app sees it (after trusted proxies), an IPv6 one by its /64.</summary>
    private string AddressKey => ClientAddress.PartitionKey(http.HttpContext?.Connection.RemoteIpAddress);

    /// <summary>
    /// Counts the attempt before the password is verified, each count in one conditional statement, so concurrent
    /// guesses each count however they interleave, and refuses it once a count has reached its limit: at most
    /// <c>MaxFailedAttempts</c> passwords per address and <c>MaxFailedAttemptsPerAccount</c> in all are verified per
    /// window, whatever the hashing concurrency. An attempt past a limit locks at once, so the guesses still being
    /// verified cannot open the account either. False when the account is locked for this address or for all.
    /// </summary>
    public async Task<bool> ReserveAsync(Guid userId, DateTime now, CancellationToken cancellationToken)
    {
        var address = AddressKey;

        // The address first: a locked address's attempts never reach the account's count, so hammering from one
        // address cannot run the account up to its ceiling.
        if (!await ReserveForAddressAsync(userId, address, now, cancellationToken))
        {
            await LockAddressIfTooManyAsync(userId, address, now);
            return false;
        }

        if (!await ReserveForAccountAsync(userId, now, cancellationToken))
        {
            // No password is verified, so the address is not charged for it.
            await ReleaseForAddressAsync(userId, address);
            await LockAccountIfTooManyAsync(userId, now);
            return false;
        }

        return true;
    }

    /// <summary>
    /// After a wrong password: once the reserved attempts reach a limit, one conditional UPDATE locks the address
    /// (or the account) and starts a new count. A success in between resets the count.
    /// </summary>
    public async Task LockIfTooManyAsync(Guid userId, DateTime now, CancellationToken cancellationToken)
    {
        await LockAddressIfTooManyAsync(userId, AddressKey, now);
        await LockAccountIfTooManyAsync(userId, now);
    }

    /// <summary>
    /// The right password counts only while neither this address nor the account is locked: a burst of guesses past
    /// a limit locks while this verification ran, and then no guess of the burst opens it, the right one included.
    /// Forgets this address's failures and the account's count; other addresses stay as they are, so an attacker's
    /// locked address stays locked when the owner signs in. False when locked.
    /// </summary>
    public async Task<bool> SucceedAsync(Guid userId, DateTime now, CancellationToken cancellationToken)
    {
        var address = AddressKey;
        var cleared = await db.LoginThrottles
            .Where(t => t.UserId == userId && t.AddressKey == address && (t.LockedUntil == null || t.LockedUntil <= now))
            .ExecuteDeleteAsync(cancellationToken);

        // Nothing deleted: the row is locked, or the clean-up took it (a window shorter than the verification).
        if (cleared == 0 && await db.LoginThrottles.AnyAsync(t => t.UserId == userId && t.AddressKey == address && t.LockedUntil > now, cancellationToken))
        {
            return false;
        }

        return await db.Users.Where(u => u.Id == userId && (u.LockoutEndsAt == null || u.LockoutEndsAt <= now))
            .ExecuteUpdateAsync(set => set.SetProperty(u => u.FailedLoginCount, 0).SetProperty(u => u.LockoutEndsAt, (DateTime?)null), cancellationToken) == 1;
    }

    /// <summary>
    /// One conditional UPDATE counts the attempt unless the address is locked or has reached the limit within the
    /// window; a count whose last failure is a window old starts again at 1. The first failure inserts the row;
    /// when another request inserted it first (a unique violation), the UPDATE is tried again on that row.
    /// </summary>
    private async Task<bool> ReserveForAddressAsync(Guid userId, string address, DateTime now, CancellationToken cancellationToken)
    {
        var options = lockout.Value;
        var windowStart = now - options.Duration;
        for (var round = 0; round < InsertRounds; round++)
        {
            var counted = await db.LoginThrottles
                .Where(t => t.UserId == userId && t.AddressKey == address && (t.LockedUntil == null || t.LockedUntil <= now)
                    && (t.FailedCount < options.MaxFailedAttempts || t.LastFailedAt <= windowStart))
                .ExecuteUpdateAsync(set => set
                    .SetProperty(t => t.FailedCount, t => t.LastFailedAt <= windowStart ? 1 : t.FailedCount + 1)
                    .SetProperty(t => t.LastFailedAt, now), cancellationToken);
            if (counted == 1)
            {
                return true;
            }

            // Not counted: the address is locked or at its limit, or had no row at the UPDATE, which another
            // attempt may have inserted since; then this one counts on that row in the next round.
            if (await db.LoginThrottles.AnyAsync(
                    t => t.UserId == userId && t.AddressKey == address
                        && ((t.LockedUntil != null && t.LockedUntil > now) || (t.FailedCount >= options.MaxFailedAttempts && t.LastFailedAt > windowStart)),
                    cancellationToken))
            {
                return false;
            }

            if (!await db.LoginThrottles.AnyAsync(t => t.UserId == userId && t.AddressKey == address, cancellationToken)
                && await TryInsertAsync(new LoginThrottle { UserId = userId, AddressKey = address, FailedCount = 1, LastFailedAt = now }, cancellationToken))
            {
                // Rows are only ever added here, so clearing the dead ones here keeps the table to the live ones.
                await DeleteDeadAsync(now);
                return true;
            }
        }

        return false;
    }

    private async Task<bool> TryInsertAsync(LoginThrottle row, CancellationToken cancellationToken)
    {
        // Nothing else of the request is pending at this point (the handlers change the user only after the check).
        db.LoginThrottles.Add(row);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException exception) when (DatabaseErrors.IsUniqueViolation(exception))
        {
            return false;
        }
        finally
        {
            // Later changes of the request must neither insert it again nor carry a stale copy.
            db.Entry(row).State = EntityState.Detached;
        }
    }

    private async Task<bool> ReserveForAccountAsync(Guid userId, DateTime now, CancellationToken cancellationToken)
    {
        var options = lockout.Value;
        return await db.Users
            .Where(u => u.Id == userId && (u.LockoutEndsAt == null || u.LockoutEndsAt <= now) && u.FailedLoginCount < options.MaxFailedAttemptsPerAccount)
            .ExecuteUpdateAsync(set => set.SetProperty(u => u.FailedLoginCount, u => u.FailedLoginCount + 1), cancellationToken) == 1;
    }

    /// <summary>Gives back an address reservation no password was verified for. A count a lock has reset stays at 0.</summary>
    private Task<int> ReleaseForAddressAsync(Guid userId, string address) =>
        db.LoginThrottles.Where(t => t.UserId == userId && t.AddressKey == address && t.FailedCount > 0)
            .ExecuteUpdateAsync(set => set.SetProperty(t => t.FailedCount, t => t.FailedCount - 1), CancellationToken.None);

    private async Task LockAddressIfTooManyAsync(Guid userId, string address, DateTime now)
    {
        var options = lockout.Value;
        var windowStart = now - options.Duration;
        var locked = await db.LoginThrottles
            .Where(t => t.UserId == userId && t.AddressKey == address && (t.LockedUntil == null || t.LockedUntil <= now)
                && t.FailedCount >= options.MaxFailedAttempts && t.LastFailedAt > windowStart)
            .ExecuteUpdateAsync(set => set
                .SetProperty(t => t.FailedCount, 0)
                .SetProperty(t => t.LockedUntil, (DateTime?)now.Add(options.Duration)), CancellationToken.None);
        if (locked == 1)
        {
            LogAddressLocked(userId, address, options.Duration);
        }
    }

    private async Task LockAccountIfTooManyAsync(Guid userId, DateTime now)
    {
        var options = lockout.Value;
        var locked = await db.Users
            .Where(u => u.Id == userId && (u.LockoutEndsAt == null || u.LockoutEndsAt <= now) && u.FailedLoginCount >= options.MaxFailedAttemptsPerAccount)
            .ExecuteUpdateAsync(set => set
                .SetProperty(u => u.FailedLoginCount, 0)
                .SetProperty(u => u.LockoutEndsAt, (DateTime?)now.Add(options.Duration)), CancellationToken.None);
        if (locked == 1)
        {
            LogAccountLocked(userId, options.MaxFailedAttemptsPerAccount, options.Duration);
        }
    }

    /// <summary>A row whose lock has ended and whose last failure is a window old counts for nothing any more.</summary>
    private Task<int> DeleteDeadAsync(DateTime now)
    {
        var windowStart = now - lockout.Value.Duration;
        return db.LoginThrottles.Where(t => t.LastFailedAt <= windowStart && (t.LockedUntil == null || t.LockedUntil <= now))
            .ExecuteDeleteAsync(CancellationToken.None);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Account {UserId} locked for client {AddressKey} for {Duration} after repeated failed logins from it")]
    private partial void LogAddressLocked(Guid userId, string addressKey, TimeSpan duration);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Account {UserId} locked for every client for {Duration} after {FailedLogins} consecutive failed logins")]
    private partial void LogAccountLocked(Guid userId, int failedLogins, TimeSpan duration);
}
