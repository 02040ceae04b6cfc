namespace AnalisaAI.Api.Features.MetricsUpdate.RunNow;

/// <summary>How many of the runs succeeded and how many failed (each failure is in the run log, as for any run).</summary>
public sealed record RunNowResult(int Succeeded, int Failed);
