using System.ComponentModel.DataAnnotations;

namespace AnalisaAI.Api.Infrastructure.Auth;

/// <summary>How much password hashing one instance does at once, and how many more may wait for it.</summary>
public sealed class PasswordHashingOptions
{
    public const string Section = "Auth:PasswordHashing";

    /// <summary>One PBKDF2 at a time per core, each on a hashing thread of its own: a flood of logins queues instead of taking every core.</summary>
    [Range(1, 256, ErrorMessage = "Auth:PasswordHashing:MaxConcurrent must be {1} to {2}.")]
    public int MaxConcurrent { get; set; } = Environment.ProcessorCount;

    /// <summary>Requests waiting beyond this get 503 with Retry-After at once, rather than holding a connection.</summary>
    [Range(0, 1000, ErrorMessage = "Auth:PasswordHashing:QueueLimit must be {1} to {2}.")]
    public int QueueLimit { get; set; } = 32;
}
