using System.Text;
using AnalisaAI.Api.Infrastructure.Auth;
using AnalisaAI.Api.Infrastructure.Persistence;
using AnalisaAI.Api.Infrastructure.Web;
using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AnalisaAI.Api.Features.Auth.Register;

/// <summary>
/// Creates an account under <c>Auth:Registration</c>: Open (an analyst, or what an invitation says), InviteOnly
/// (only with an invitation, whose email and role the account takes) or Closed (never). An invitation is
/// consumed in the same transaction that creates the account, so one token makes at most one account.
/// </summary>
public sealed partial class RegisterHandler(
    AppDbContext db,
    IPasswordHasher<User> hasher,
    PasswordHashingThreads hashing,
    IOptions<RegistrationOptions> options,
    TimeProvider time,
    ILogger<RegisterHandler> logger)
    : ICommandHandler<RegisterCommand, UserResponse>
{
    public const string ClosedMessage = "Registration is closed on this server.";
    public const string InvitationRequiredMessage = "An invitation is required to register: ask an administrator for one.";
    public const string InvalidInvitationMessage = "This invitation is not valid: it is unknown, already used, revoked or expired.";
    public const string EmailNotInvitedMessage = "Email must be the invited address, or be left out.";

    public async ValueTask<UserResponse> Handle(RegisterCommand command, CancellationToken cancellationToken)
    {
        var policy = options.Value.Policy;
        if (policy == RegistrationPolicy.Closed)
        {
            throw new ForbiddenException(ClosedMessage);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var invitation = await FindInvitationAsync(command, policy, now, cancellationToken);
        if (invitation is not null && PasswordRules.ContainsEmailLocalPart(command.Password, invitation.Email))
        {
            throw Invalid(nameof(RegisterCommand.Password), PasswordRules.ContainsEmailMessage);
        }

        var email = invitation?.Email ?? command.Email!;
        var user = new User
        {
            Id = Guid.CreateVersion7(),
            Email = email.Trim().Normalize(NormalizationForm.FormKC),
            NormalizedEmail = User.Normalize(email),
            DisplayName = command.DisplayName.Trim(),
            PasswordHash = "",
            Role = invitation?.Role ?? Roles.Analyst,
            CreatedAt = now,
        };

        // The hash comes before the duplicate check, so a taken email costs as long as a new one and the
        // answer's timing tells no more than its status.
        user.PasswordHash = await hashing.RunAsync(() => hasher.HashPassword(user, command.Password), cancellationToken);
        if (await db.Users.AnyAsync(u => u.NormalizedEmail == user.NormalizedEmail, cancellationToken))
        {
            throw new ConflictException("An account with this email already exists.");
        }

        try
        {
            // Retried whole on a transient failure (TransientFailureRetries): the invitation's consume and the
            // account's insert roll back together with a failed attempt, and the hash is not redone. One whose commit
            // may have gone through is not retried: the client gets a 503, and registering again answers 409.
            await TransientFailureRetries.InTransactionAsync(db, token => CreateAsync(user, invitation, now, token), cancellationToken);
        }
        catch (DbUpdateException exception) when (!DatabaseErrors.IsTransient(exception))
        {
            // Two registrations raced past the check; the unique index decided (the transaction rolls back on dispose).
            throw new ConflictException("An account with this email already exists.");
        }

        if (invitation is not null)
        {
            LogInvitationUsed(user.Id, user.Role, invitation.Id);
        }

        return UserResponse.From(user);
    }

    private async Task CreateAsync(User user, Invitation? invitation, DateTime now, CancellationToken cancellationToken)
    {
        // The consume is conditional, so of two registrations (or a registration and a revoke) racing with one
        // invitation exactly one wins; a failed account insert below rolls it back, leaving the invitation usable.
        if (invitation is not null && await db.Invitations
                .Where(i => i.Id == invitation.Id && i.UsedAt == null && i.RevokedAt == null && i.ExpiresAt > now)
                .ExecuteUpdateAsync(set => set.SetProperty(i => i.UsedAt, now), cancellationToken) == 0)
        {
            throw Invalid(nameof(RegisterCommand.InvitationToken), InvalidInvitationMessage);
        }

        db.Users.Add(user);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// The invitation the token names, pending now; null when none is given and the policy is open. Unknown,
    /// used, revoked and expired tokens get one answer after the same single lookup by hash, so neither the
    /// status nor the time taken tells them apart.
    /// </summary>
    private async Task<Invitation?> FindInvitationAsync(RegisterCommand command, RegistrationPolicy policy, DateTime now, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(command.InvitationToken))
        {
            return policy == RegistrationPolicy.InviteOnly
                ? throw Invalid(nameof(RegisterCommand.InvitationToken), InvitationRequiredMessage)
                : null;
        }

        var hash = RefreshTokenSecret.Hash(command.InvitationToken);
        var invitation = await db.Invitations.AsNoTracking().SingleOrDefaultAsync(i => i.TokenHash == hash, cancellationToken);
        if (invitation is null || !invitation.IsPendingAt(now))
        {
            throw Invalid(nameof(RegisterCommand.InvitationToken), InvalidInvitationMessage);
        }

        if (!string.IsNullOrEmpty(command.Email) && User.Normalize(command.Email) != invitation.NormalizedEmail)
        {
            throw Invalid(nameof(RegisterCommand.Email), EmailNotInvitedMessage);
        }

        return invitation;
    }

    private static ValidationException Invalid(string property, string message) => new([new ValidationFailure(property, message)]);

    [LoggerMessage(Level = LogLevel.Information, Message = "Account {UserId} ({Role}) created from invitation {InvitationId}")]
    private partial void LogInvitationUsed(Guid userId, string role, Guid invitationId);
}
