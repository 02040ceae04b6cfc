namespace AnalisaAI.Api.Features.Metrics;

public enum RunStatus
{
    Running,
    Succeeded,
    Failed,
}
