using System.ComponentModel.DataAnnotations;

namespace AnalisaAI.Api.Features.Auth;

/// <summary>Error messages name the configuration key, so a bad setting that stops start-up says what to fix.</summary>
public sealed class LockoutOptions
{
    public const string Section = "Auth:Lockout";

    [Range(1, 100, ErrorMessage = "Auth:Lockout:MaxFailedAttempts must be {1} to {2}.")]
    public int MaxFailedAttempts { get; set; } = 5;

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "Auth:Lockout:Duration must be {1} to {2}.")]
    public TimeSpan Duration { get; set; } = TimeSpan.FromMinutes(5);
}
