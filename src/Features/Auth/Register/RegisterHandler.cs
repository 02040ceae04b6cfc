using AnalisaAI.Api.Infrastructure.Persistence;
using AnalisaAI.Api.Infrastructure.Web;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace AnalisaAI.Api.Features.Auth.Register;

public sealed class RegisterHandler(AppDbContext db, IPasswordHasher<User> hasher, TimeProvider time)
    : ICommandHandler<RegisterCommand, UserResponse>
{
    public async ValueTask<UserResponse> Handle(RegisterCommand command, CancellationToken cancellationToken)
    {
        var normalized = User.Normalize(command.Email);
        if (await db.Users.AnyAsync(u => u.NormalizedEmail == normalized, cancellationToken))
        {
            throw new ConflictException("An account with this email already exists.");
        }

        var user = new User
        {
            Id = Guid.CreateVersion7(),
            Email = command.Email.Trim(),
            NormalizedEmail = normalized,
            DisplayName = command.DisplayName.Trim(),
            PasswordHash = "",
            Role = Roles.Analyst,
            CreatedAt = time.GetUtcNow().UtcDateTime,
        };
        user.PasswordHash = hasher.HashPassword(user, command.Password);
        db.Users.Add(user);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two registrations raced past the check; the unique index decided.
            throw new ConflictException("An account with this email already exists.");
        }

        return UserResponse.From(user);
    }
}
