using System.ComponentModel.DataAnnotations;

namespace AnalisaAI.Api.Features.Auth;

/// <summary>Error messages name the configuration key, so a bad setting that stops start-up says what to fix.</summary>
public sealed class LockoutOptions : IValidatableObject
{
    public const string Section = "Auth:Lockout";

    /// <summary>Failed password checks from one client address before that address is locked out of the account.</summary>
    [Range(1, 100, ErrorMessage = "Auth:Lockout:MaxFailedAttempts must be {1} to {2}.")]
    public int MaxFailedAttempts { get; set; } = 5;

    /// <summary>
    /// Consecutive failed password checks from all addresses together before the account is locked for every
    /// address. At most 100, the ceiling NIST SP 800-63B (5.2.2) sets.
    /// </summary>
    [Range(1, 100, ErrorMessage = "Auth:Lockout:MaxFailedAttemptsPerAccount must be {1} to {2}.")]
    public int MaxFailedAttemptsPerAccount { get; set; } = 100;

    /// <summary>How long a lock lasts, and how long a failure is remembered for its address.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "Auth:Lockout:Duration must be {1} to {2}.")]
    public TimeSpan Duration { get; set; } = TimeSpan.FromMinutes(5);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        // Below the per-address limit, one address would lock every address before its own lock.
        if (MaxFailedAttemptsPerAccount < MaxFailedAttempts)
        {
            yield return new ValidationResult(
                $"Auth:Lockout:MaxFailedAttemptsPerAccount ({MaxFailedAttemptsPerAccount}) must be at least Auth:Lockout:MaxFailedAttempts ({MaxFailedAttempts}).",
                [nameof(MaxFailedAttemptsPerAccount)]);
        }
    }
}
