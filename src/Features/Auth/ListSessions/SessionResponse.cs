namespace AnalisaAI.Api.Features.Auth.ListSessions;

/// <summary>
/// One session (refresh-token family). The user agent and address are those of its last refresh;
/// <c>ExpiresAt</c> is the earlier of its absolute expiry and the end of its idle allowance.
/// </summary>
public sealed record SessionResponse(
    Guid Id,
    bool Current,
    string? UserAgent,
    string? Address,
    DateTime CreatedAt,
    DateTime LastUsedAt,
    DateTime ExpiresAt);
