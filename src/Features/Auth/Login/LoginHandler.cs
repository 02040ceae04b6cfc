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
    LoginAttempts attempts,
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

        if (!await attempts.ReserveAsync(user.Id, now, cancellationToken))
        {
            await timingGuard.VerifyAgainstDummyAsync(command.Password, cancellationToken);
            LogLocked(user.Id, ClientAddress());
            throw new UnauthorizedException(InvalidCredentials);
        }

        var verification = await hashing.RunAsync(() => hasher.VerifyHashedPassword(user, user.PasswordHash, command.Password), cancellationToken);
        if (verification == PasswordVerificationResult.Failed)
        {
            LogWrongPassword(user.Id, ClientAddress());
            await attempts.LockIfTooManyAsync(user.Id, now, cancellationToken);
            throw new UnauthorizedException(InvalidCredentials);
        }

        if (verification == PasswordVerificationResult.SuccessRehashNeeded)
        {
            user.PasswordHash = await hashing.RunAsync(() => hasher.HashPassword(user, command.Password), cancellationToken);
        }

        if (!await attempts.SucceedAsync(user.Id, now, cancellationToken))
        {
            LogLocked(user.Id, ClientAddress());
            throw new UnauthorizedException(InvalidCredentials);
        }

        // Checked after the password, so the answer (the same refusal) tells a guesser nothing about the account.
        if (user.DisabledAt is not null)
        {
            LogDisabled(user.Id, ClientAddress());
            throw new UnauthorizedException(InvalidCredentials);
        }

        user.LastSignInAt = now;
        var pair = tokens.Issue(user, Guid.CreateVersion7(), now.AddDays(jwt.Value.RefreshTokenDays));
        await db.SaveChangesAsync(cancellationToken);

        await publisher.Publish(new UserLoggedIn(user.Id), cancellationToken);
        return pair;
    }

    private string ClientAddress() => http.HttpContext?.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    // A keyed hash links repeated attempts on one unknown email without writing the address to the logs.
    private string EmailHash(string normalizedEmail) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(jwt.Value.SigningKeyBytes, Encoding.UTF8.GetBytes("login-email:" + normalizedEmail)))[..16];

    [LoggerMessage(Level = LogLevel.Warning, Message = "Login refused: account {UserId} is disabled (client {ClientAddress})")]
    private partial void LogDisabled(Guid userId, string clientAddress);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Login refused: account {UserId} is locked (client {ClientAddress})")]
    private partial void LogLocked(Guid userId, string clientAddress);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Login failed: wrong password for account {UserId} (client {ClientAddress})")]
    private partial void LogWrongPassword(Guid userId, string clientAddress);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Login failed: unknown email {EmailHash} (client {ClientAddress})")]
    private partial void LogUnknownEmail(string emailHash, string clientAddress);
}
