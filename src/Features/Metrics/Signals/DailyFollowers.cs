namespace AnalisaAI.Api.Features.Metrics.Signals;

/// <summary>One daily audience snapshot as the signals read it: its UTC date and its followers.</summary>
public sealed record DailyFollowers(DateOnly Date, long Followers);
