using AnalisaAI.Api.Infrastructure.OpenApi;

namespace AnalisaAI.Api.Features.SocialData.GetSourceStatus;

/// <summary>
/// The configured source's health: <paramref name="State"/> is <c>ok</c>, <c>paused</c> (usage, rate limit or
/// budget: until <paramref name="PausedUntil"/>) or <c>unauthorized</c> (its token was rejected).
/// </summary>
public sealed record SourceStatus(string Name, [property: OneOf(typeof(SourceStatus), nameof(SourceStatus.States))] string State, int CallsLastHour, int? CallsPerHour, DateTime? PausedUntil)
{
    public const string Ok = "ok";
    public const string Paused = "paused";
    public const string Unauthorized = "unauthorized";

    public static readonly IReadOnlyList<string> States = [Ok, Paused, Unauthorized];

    public static SourceStatus Stored { get; } = new("stored", Ok, 0, null, null);
}
