namespace AnalisaAI.Api.Features.MetricsUpdate;

public enum RunTrigger
{
    Login,
    Refresh,
    Manual,
    Sweep,
}
