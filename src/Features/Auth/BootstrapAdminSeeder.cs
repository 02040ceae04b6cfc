using AnalisaAI.Api.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AnalisaAI.Api.Features.Auth;

/// <summary>Creates the configured admin when no account has that email; never touches an existing one.</summary>
public sealed partial class BootstrapAdminSeeder(
    AppDbContext db,
    IOptions<BootstrapAdminOptions> options,
    IPasswordHasher<User> hasher,
    TimeProvider time,
    ILogger<BootstrapAdminSeeder> logger) : IDatabaseSeeder
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (options.Value is not { Email: { Length: > 0 } email, Password: { } password })
        {
            return;
        }

        var normalized = User.Normalize(email);
        if (await db.Users.AnyAsync(u => u.NormalizedEmail == normalized, cancellationToken))
        {
            return;
        }

        var admin = new User
        {
            Id = Guid.CreateVersion7(),
            Email = email.Trim(),
            NormalizedEmail = normalized,
            DisplayName = "Administrator",
            PasswordHash = "",
            Role = Roles.Admin,
            CreatedAt = time.GetUtcNow().UtcDateTime,
        };
        admin.PasswordHash = hasher.HashPassword(admin, password);
        db.Users.Add(admin);
        await db.SaveChangesAsync(cancellationToken);
        LogCreated(admin.Id);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Created the bootstrap admin account {UserId}")]
    private partial void LogCreated(Guid userId);
}
