using AnalisaAI.Api.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AnalisaAI.Api.Features.Auth;

/// <summary>
/// The lockout count every password check shares (sign-in and change-password), so guesses through either
/// count toward one limit.
/// </summary>
public sealed partial class LoginAttempts(AppDbContext db, IOptions<LockoutOptions> lockout, ILogger<LoginAttempts> logger)
{
    /// <summary>
    /// Counts the attempt before the password is verified, in one conditional UPDATE, so concurrent guesses
    /// each count however they interleave, and refuses it once the count has reached the limit: at most
    /// <c>MaxFailedAttempts</c> passwords are verified per window, whatever the hashing concurrency. An attempt
    /// past the limit locks the account at once, so the guesses still being verified cannot open it either.
    /// False when the account is locked.
    /// </summary>
    public async Task<bool> ReserveAsync(Guid userId, DateTime now, CancellationToken cancellationToken)
    {
        var options = lockout.Value;
        var reserved = await db.Users
            .Where(u => u.Id == userId && (u.LockoutEndsAt == null || u.LockoutEndsAt <= now) && u.FailedLoginCount < options.MaxFailedAttempts)
            .ExecuteUpdateAsync(set => set.SetProperty(u => u.FailedLoginCount, u => u.FailedLoginCount + 1), cancellationToken) == 1;
        if (!reserved)
        {
            await LockIfTooManyAsync(userId, now, cancellationToken);
        }

        return reserved;
    }

    /// <summary>
    /// After a wrong password, or an attempt past the limit: once the reserved attempts reach the limit, one
    /// conditional UPDATE locks the account and starts a new count. A success in between resets the count.
    /// </summary>
    public async Task LockIfTooManyAsync(Guid userId, DateTime now, CancellationToken cancellationToken)
    {
        var options = lockout.Value;
        var locked = await db.Users
            .Where(u => u.Id == userId && (u.LockoutEndsAt == null || u.LockoutEndsAt <= now) && u.FailedLoginCount >= options.MaxFailedAttempts)
            .ExecuteUpdateAsync(set => set
                .SetProperty(u => u.FailedLoginCount, 0)
                .SetProperty(u => u.LockoutEndsAt, (DateTime?)now.Add(options.Duration)), CancellationToken.None);
        if (locked == 1)
        {
            LogLockedOut(userId, options.Duration);
        }
    }

    /// <summary>
    /// The right password counts only while the account is not locked: a burst of guesses past the limit locks
    /// it while this verification ran, and then no guess of the burst opens it, the right one included.
    /// False when the account is locked.
    /// </summary>
    public async Task<bool> SucceedAsync(Guid userId, DateTime now, CancellationToken cancellationToken) =>
        await db.Users.Where(u => u.Id == userId && (u.LockoutEndsAt == null || u.LockoutEndsAt <= now))
            .ExecuteUpdateAsync(set => set.SetProperty(u => u.FailedLoginCount, 0).SetProperty(u => u.LockoutEndsAt, (DateTime?)null), cancellationToken) == 1;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Account {UserId} locked for {Duration} after repeated failed logins")]
    private partial void LogLockedOut(Guid userId, TimeSpan duration);
}
