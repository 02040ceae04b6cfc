namespace AnalisaAI.Api.Features.Auth;

/// <summary>
/// The failed password checks of one account from one client address (<see cref="AddressKey"/>: an IPv4 address,
/// or an IPv6 /64), so guessing from one address locks that address out of the account and no one else.
/// Written only by <see cref="LoginAttempts"/>. A row is dead, and deleted, once its lock has ended and
/// <c>Auth:Lockout:Duration</c> has passed since its last failure.
/// </summary>
public sealed class LoginThrottle
{
    /// <summary>An IPv6 /64 written out ("ffff:ffff:ffff:ffff::/64") is 24 characters; room for any address.</summary>
    public const int AddressKeyMaxLength = 45;

    public Guid UserId { get; set; }
    public required string AddressKey { get; set; }

    /// <summary>Attempts counted since the last lock; forgotten once a window passes without one.</summary>
    public int FailedCount { get; set; }

    public DateTime? LockedUntil { get; set; }
    public DateTime LastFailedAt { get; set; }
}
