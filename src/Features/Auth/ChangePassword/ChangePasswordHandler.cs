using AnalisaAI.Api.Infrastructure.Auth;
using AnalisaAI.Api.Infrastructure.Persistence;
using AnalisaAI.Api.Infrastructure.Web;
using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace AnalisaAI.Api.Features.Auth.ChangePassword;

/// <summary>
/// A wrong current password counts toward the same lockout as a failed sign-in, so a stolen access token
/// cannot be used to guess the password. On success every other session ends; this one keeps working.
/// </summary>
public sealed partial class ChangePasswordHandler(
    AppDbContext db,
    IPasswordHasher<User> hasher,
    PasswordHashingThreads hashing,
    LoginAttempts attempts,
    SessionTerminator sessions,
    TimeProvider time,
    ILogger<ChangePasswordHandler> logger) : ICommandHandler<ChangePasswordCommand>
{
    private const string Refused = "The current password is incorrect, or the account is temporarily locked.";

    public async ValueTask<Unit> Handle(ChangePasswordCommand command, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == command.UserId, cancellationToken)
            ?? throw new NotFoundException("The signed-in account no longer exists.");

        if (!await attempts.ReserveAsync(user.Id, now, cancellationToken))
        {
            LogRefused(user.Id);
            throw WrongCurrentPassword();
        }

        var verification = await hashing.RunAsync(() => hasher.VerifyHashedPassword(user, user.PasswordHash, command.CurrentPassword!), cancellationToken);
        if (verification == PasswordVerificationResult.Failed)
        {
            LogRefused(user.Id);
            await attempts.LockIfTooManyAsync(user.Id, now, cancellationToken);
            throw WrongCurrentPassword();
        }

        if (!await attempts.SucceedAsync(user.Id, now, cancellationToken))
        {
            LogRefused(user.Id);
            throw WrongCurrentPassword();
        }

        user.PasswordHash = await hashing.RunAsync(() => hasher.HashPassword(user, command.NewPassword!), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await sessions.EndAllAsync(user.Id, command.SessionId, cancellationToken);
        LogChanged(user.Id);
        return Unit.Value;
    }

    private static ValidationException WrongCurrentPassword() =>
        new([new ValidationFailure(nameof(ChangePasswordCommand.CurrentPassword), Refused)]);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Password change refused for account {UserId}: wrong current password or locked")]
    private partial void LogRefused(Guid userId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Account {UserId} changed its password; its other sessions ended")]
    private partial void LogChanged(Guid userId);
}
