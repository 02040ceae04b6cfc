namespace AnalisaAI.Api.Features.MetricsUpdate.Runs;

public enum RunTrigger
{
    Login,
    Refresh,
    Manual,
    Sweep,
}
