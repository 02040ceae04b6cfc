using AnalisaAI.Api.Infrastructure.Threading;
using Microsoft.Extensions.Options;

namespace AnalisaAI.Api.Infrastructure.Auth;

/// <summary>
/// The threads PBKDF2 runs on, one per slot of the hashing cap. A hash holds a core for about a tenth of a
/// second: on thread-pool threads a few logins left the token refreshes waiting for a free thread, and at
/// equal priority they shared the cores with it, so the length of one hash set the refresh p99. Nice 10:
/// below the requests, above the background metrics update.
/// </summary>
public sealed class PasswordHashingThreads(IOptions<PasswordHashingOptions> options)
    : LowPriorityThreads("Password hashing", options.Value.MaxConcurrent, Niceness)
{
    public const int Niceness = 10;
}
