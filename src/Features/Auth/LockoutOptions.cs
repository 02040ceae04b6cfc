using System.ComponentModel.DataAnnotations;

namespace AnalisaAI.Api.Features.Auth;

public sealed class LockoutOptions
{
    public const string Section = "Auth:Lockout";

    [Range(1, 100)]
    public int MaxFailedAttempts { get; set; } = 5;

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan Duration { get; set; } = TimeSpan.FromMinutes(5);
}
