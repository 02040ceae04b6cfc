namespace AnalisaAI.Api.Features.MetricsUpdate.Runs;

public enum RunStatus
{
    Running,
    Succeeded,
    Failed,
}
