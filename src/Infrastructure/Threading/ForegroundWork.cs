namespace AnalisaAI.Api.Infrastructure.Threading;

/// <summary>
/// Marks the asynchronous flow of a request, so that shared plumbing (the SQLite write gate) can tell a request
/// waiting from background work waiting. An <see cref="AsyncLocal{T}"/>: it flows into whatever the request awaits
/// and ends with it.
/// </summary>
public static class ForegroundWork
{
    private static readonly AsyncLocal<bool> Marked = new();

    /// <summary>True inside a request's flow.</summary>
    public static bool IsCurrent => Marked.Value;

    /// <summary>Marks the current flow as a request's; call it at the top of the request's own async method.</summary>
    public static void MarkCurrentFlow() => Marked.Value = true;
}
