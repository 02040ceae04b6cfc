namespace AnalisaAI.Api.Features.MetricsUpdate;

public enum RunStatus
{
    Running,
    Succeeded,
    Failed,
}
