namespace AnalisaAI.Api.Features.SocialData;

/// <summary>
/// A source's shared state, one row per source (table <c>SocialSources</c>): the calls of its current one-hour
/// window, a pause, and the fingerprint (a hash, never the token) of the configuration the API rejected.
/// Written only by <see cref="SocialSourceBudget"/> through conditional UPDATEs, so hosts never overspend.
/// </summary>
public sealed class SocialSourceState
{
    public const int NameMaxLength = 32;
    public const int FingerprintLength = 64;
    public const int PauseReasonMaxLength = 200;

    public string Name { get; set; } = "";
    public DateTime WindowStartedAt { get; set; }
    public int CallsInWindow { get; set; }
    public DateTime? PausedUntil { get; set; }
    public string? PauseReason { get; set; }
    public string? RejectedFingerprint { get; set; }
}
