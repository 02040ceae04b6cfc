using AnalisaAI.Api.Infrastructure.Auth;
using Microsoft.AspNetCore.Identity;

namespace AnalisaAI.Api.Features.Auth.Login;

/// <summary>
/// A hash to verify against when the account does not exist or is locked, so those answers cost the
/// same time as a wrong password and timing does not tell them apart.
/// </summary>
public sealed class LoginTimingGuard(IPasswordHasher<User> hasher, PasswordHashingThreads hashing)
{
    private static readonly User Nobody = new()
    {
        Email = "", NormalizedEmail = "", DisplayName = "", PasswordHash = "", Role = "",
    };

    private readonly Lazy<string> dummyHash = new(() => hasher.HashPassword(Nobody, Guid.NewGuid().ToString()));

    public Task VerifyAgainstDummyAsync(string password, CancellationToken cancellationToken) =>
        hashing.RunAsync(() => hasher.VerifyHashedPassword(Nobody, dummyHash.Value, password), cancellationToken);
}
