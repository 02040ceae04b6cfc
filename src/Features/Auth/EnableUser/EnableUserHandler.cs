using AnalisaAI.Api.Infrastructure.Persistence;
using AnalisaAI.Api.Infrastructure.Web;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AnalisaAI.Api.Features.Auth.EnableUser;

/// <summary>The account can sign in again; the sessions ended when it was disabled stay ended.</summary>
public sealed partial class EnableUserHandler(AppDbContext db, ILogger<EnableUserHandler> logger)
    : ICommandHandler<EnableUserCommand, AdminUserResponse>
{
    public async ValueTask<AdminUserResponse> Handle(EnableUserCommand command, CancellationToken cancellationToken)
    {
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == command.UserId, cancellationToken)
            ?? throw new NotFoundException("No such user.");
        user.DisabledAt = null;
        await db.SaveChangesAsync(cancellationToken);
        LogEnabled(user.Id, command.AdminId);
        return AdminUserResponse.From(user);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Account {UserId} enabled by admin {AdminId}")]
    private partial void LogEnabled(Guid userId, Guid adminId);
}
