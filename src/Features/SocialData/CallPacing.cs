namespace AnalisaAI.Api.Features.SocialData;

/// <summary>
/// Spreads an hourly call budget evenly over its window: by <c>elapsed + ahead</c> into the window, at most that
/// share of the hour's calls may have been made. <c>ahead</c> (one sweep interval) lets the sweep take a whole
/// interval's share at once; the window's total never passes the limit, so no hour is over it.
/// </summary>
public static class CallPacing
{
    public static readonly TimeSpan Window = TimeSpan.FromHours(1);

    /// <summary>Calls the window starting at <paramref name="windowStartedAt"/> allows by <paramref name="now"/> (plus <paramref name="ahead"/>).</summary>
    public static int AllowedBy(int limit, DateTime windowStartedAt, DateTime now, TimeSpan ahead)
    {
        var share = (now - windowStartedAt + ahead) / Window;
        return (int)Math.Clamp(Math.Ceiling(limit * share), 0, limit);
    }

    /// <summary>
    /// Calls that may still be made by <paramref name="now"/> + <paramref name="ahead"/>: what the open window
    /// allows by then less what it spent, or a new window's share when none is open (null or an hour old).
    /// </summary>
    public static int Available(int limit, DateTime? windowStartedAt, int callsInWindow, DateTime now, TimeSpan ahead) =>
        windowStartedAt is { } start && start > now - Window
            ? Math.Max(0, AllowedBy(limit, start, now, ahead) - callsInWindow)
            : AllowedBy(limit, now, now, ahead);
}
