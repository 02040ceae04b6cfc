namespace AnalisaAI.Api.Features.Metrics.Signals;

/// <summary>A tested day: its change, the previous day's followers, and its baseline's median, MAD and size.</summary>
internal sealed record TestedDay(DateOnly Date, long Change, long Previous, double Median, double Mad, int BaselineDays);
