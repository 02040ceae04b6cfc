using System.Text;
using AnalisaAI.Api.Infrastructure.Auth;
using AnalisaAI.Api.Infrastructure.Persistence;
using AnalisaAI.Api.Infrastructure.Web;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace AnalisaAI.Api.Features.Auth.Register;

public sealed class RegisterHandler(AppDbContext db, IPasswordHasher<User> hasher, PasswordHashingThreads hashing, TimeProvider time)
    : ICommandHandler<RegisterCommand, UserResponse>
{
    public async ValueTask<UserResponse> Handle(RegisterCommand command, CancellationToken cancellationToken)
    {
        var user = new User
        {
            Id = Guid.CreateVersion7(),
            Email = command.Email.Trim().Normalize(NormalizationForm.FormKC),
            NormalizedEmail = User.Normalize(command.Email),
            DisplayName = command.DisplayName.Trim(),
            PasswordHash = "",
            Role = Roles.Analyst,
            CreatedAt = time.GetUtcNow().UtcDateTime,
        };

        // The hash comes before the duplicate check, so a taken email costs as long as a new one and the
        // answer's timing tells no more than its status.
        user.PasswordHash = await hashing.RunAsync(() => hasher.HashPassword(user, command.Password), cancellationToken);
        if (await db.Users.AnyAsync(u => u.NormalizedEmail == user.NormalizedEmail, cancellationToken))
        {
            throw new ConflictException("An account with this email already exists.");
        }

        db.Users.Add(user);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (!DatabaseErrors.IsTransient(exception))
        {
            // Two registrations raced past the check; the unique index decided.
            throw new ConflictException("An account with this email already exists.");
        }

        return UserResponse.From(user);
    }
}
