using System.Security.Cryptography;
using System.Text;
using AnalisaAI.Api.Infrastructure.Auth;
using AnalisaAI.Api.Infrastructure.Persistence;
using AnalisaAI.Api.Infrastructure.Web;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AnalisaAI.Api.Features.Auth.Login;

public sealed partial class LoginHandler(
    AppDbContext db,
    IPasswordHasher<User> hasher,
    PasswordHashingThreads hashing,
    LoginTimingGuard timingGuard,
    TokenPairIssuer tokens,
    IPublisher publisher,
    IOptions<LockoutOptions> lockout,
    IOptions<JwtOptions> jwt,
    IHttpContextAccessor http,
    TimeProvider time,
    ILogger<LoginHandler> logger) : ICommandHandler<LoginCommand, TokenPairResponse>
{
    // One message for every refusal, so the answer does not tell which check failed.
    private const string InvalidCredentials = "The email or password is incorrect, or the account is temporarily locked.";

    public async ValueTask<TokenPairResponse> Handle(LoginCommand command, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var normalized = User.Normalize(command.Email);
        var user = await db.Users.SingleOrDefaultAsync(u => u.NormalizedEmail == normalized, cancellationToken);

        if (user is null)
        {
            await timingGuard.VerifyAgainstDummyAsync(command.Password, cancellationToken);
            LogUnknownEmail(EmailHash(normalized), ClientAddress());
            throw new UnauthorizedException(InvalidCredentials);
        }

        if (!await ReserveAttemptAsync(user.Id, now, cancellationToken))
        {
            await timingGuard.VerifyAgainstDummyAsync(command.Password, cancellationToken);
            LogLocked(user.Id, ClientAddress());
            throw new UnauthorizedException(InvalidCredentials);
        }

        var verification = await hashing.RunAsync(() => hasher.VerifyHashedPassword(user, user.PasswordHash, command.Password), cancellationToken);
        if (verification == PasswordVerificationResult.Failed)
        {
            LogWrongPassword(user.Id, ClientAddress());
            await LockIfTooManyAsync(user.Id, now, cancellationToken);
            throw new UnauthorizedException(InvalidCredentials);
        }

        if (verification == PasswordVerificationResult.SuccessRehashNeeded)
        {
            user.PasswordHash = await hashing.RunAsync(() => hasher.HashPassword(user, command.Password), cancellationToken);
        }

        // The right password counts only while the account is not locked: a burst of guesses past the limit locks
        // it while this verification ran, and then no guess of the burst opens it, the right one included.
        if (await db.Users.Where(u => u.Id == user.Id && (u.LockoutEndsAt == null || u.LockoutEndsAt <= now))
                .ExecuteUpdateAsync(set => set.SetProperty(u => u.FailedLoginCount, 0).SetProperty(u => u.LockoutEndsAt, (DateTime?)null), cancellationToken) == 0)
        {
            LogLocked(user.Id, ClientAddress());
            throw new UnauthorizedException(InvalidCredentials);
        }

        var pair = tokens.Issue(user, Guid.CreateVersion7(), now.AddDays(jwt.Value.RefreshTokenDays));
        await db.SaveChangesAsync(cancellationToken);

        await publisher.Publish(new UserLoggedIn(user.Id), cancellationToken);
        return pair;
    }

    /// <summary>
    /// Counts the attempt before the password is verified, in one conditional UPDATE, so concurrent guesses
    /// each count however they interleave, and refuses it once the count has reached the limit: at most
    /// <c>MaxFailedAttempts</c> passwords are verified per window, whatever the hashing concurrency. An attempt
    /// past the limit locks the account at once, so the guesses still being verified cannot open it either.
    /// False when the account is locked.
    /// </summary>
    private async Task<bool> ReserveAttemptAsync(Guid userId, DateTime now, CancellationToken cancellationToken)
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
    private async Task LockIfTooManyAsync(Guid userId, DateTime now, CancellationToken cancellationToken)
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

    private string ClientAddress() => http.HttpContext?.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    // A keyed hash links repeated attempts on one unknown email without writing the address to the logs.
    private string EmailHash(string normalizedEmail) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(jwt.Value.SigningKeyBytes, Encoding.UTF8.GetBytes("login-email:" + normalizedEmail)))[..16];

    [LoggerMessage(Level = LogLevel.Warning, Message = "Account {UserId} locked for {Duration} after repeated failed logins")]
    private partial void LogLockedOut(Guid userId, TimeSpan duration);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Login refused: account {UserId} is locked (client {ClientAddress})")]
    private partial void LogLocked(Guid userId, string clientAddress);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Login failed: wrong password for account {UserId} (client {ClientAddress})")]
    private partial void LogWrongPassword(Guid userId, string clientAddress);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Login failed: unknown email {EmailHash} (client {ClientAddress})")]
    private partial void LogUnknownEmail(string emailHash, string clientAddress);
}
