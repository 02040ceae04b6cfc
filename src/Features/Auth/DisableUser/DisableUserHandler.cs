using AnalisaAI.Api.Infrastructure.Persistence;
using AnalisaAI.Api.Infrastructure.Web;
using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AnalisaAI.Api.Features.Auth.DisableUser;

/// <summary>
/// A disabled account cannot sign in or refresh, and its sessions end now (access tokens within 5 s).
/// An admin cannot disable themself, so the last admin cannot lock everyone out by mistake.
/// </summary>
public sealed partial class DisableUserHandler(AppDbContext db, SessionTerminator sessions, TimeProvider time, ILogger<DisableUserHandler> logger)
    : ICommandHandler<DisableUserCommand, AdminUserResponse>
{
    public async ValueTask<AdminUserResponse> Handle(DisableUserCommand command, CancellationToken cancellationToken)
    {
        if (command.UserId == command.AdminId)
        {
            throw new ValidationException([new ValidationFailure("id", "An admin cannot disable their own account.")]);
        }

        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == command.UserId, cancellationToken)
            ?? throw new NotFoundException("No such user.");
        user.DisabledAt ??= time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        await sessions.EndAllAsync(user.Id, keep: null, cancellationToken);
        LogDisabled(user.Id, command.AdminId);
        return AdminUserResponse.From(user);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Account {UserId} disabled by admin {AdminId}; its sessions ended")]
    private partial void LogDisabled(Guid userId, Guid adminId);
}
