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
    LoginTimingGuard timingGuard,
    TokenPairIssuer tokens,
    IPublisher publisher,
    IOptions<LockoutOptions> lockout,
    IOptions<JwtOptions> jwt,
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
            timingGuard.VerifyAgainstDummy(command.Password);
            throw new UnauthorizedException(InvalidCredentials);
        }

        if (user.LockoutEndsAt > now)
        {
            timingGuard.VerifyAgainstDummy(command.Password);
            LogLocked(user.Id);
            throw new UnauthorizedException(InvalidCredentials);
        }

        var verification = hasher.VerifyHashedPassword(user, user.PasswordHash, command.Password);
        if (verification == PasswordVerificationResult.Failed)
        {
            await RecordFailureAsync(user, now, cancellationToken);
            throw new UnauthorizedException(InvalidCredentials);
        }

        if (verification == PasswordVerificationResult.SuccessRehashNeeded)
        {
            user.PasswordHash = hasher.HashPassword(user, command.Password);
        }

        user.FailedLoginCount = 0;
        user.LockoutEndsAt = null;
        var pair = tokens.Issue(user, Guid.CreateVersion7(), now.AddDays(jwt.Value.RefreshTokenDays));
        await db.SaveChangesAsync(cancellationToken);

        await publisher.Publish(new UserLoggedIn(user.Id), cancellationToken);
        return pair;
    }

    private async Task RecordFailureAsync(User user, DateTime now, CancellationToken cancellationToken)
    {
        user.FailedLoginCount++;
        if (user.FailedLoginCount >= lockout.Value.MaxFailedAttempts)
        {
            user.LockoutEndsAt = now.Add(lockout.Value.Duration);
            user.FailedLoginCount = 0;
            LogLockedOut(user.Id, lockout.Value.Duration);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Account {UserId} locked for {Duration} after repeated failed logins")]
    private partial void LogLockedOut(Guid userId, TimeSpan duration);

    [LoggerMessage(Level = LogLevel.Information, Message = "Login refused: account {UserId} is locked")]
    private partial void LogLocked(Guid userId);
}
