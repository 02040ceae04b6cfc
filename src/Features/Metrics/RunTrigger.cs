namespace AnalisaAI.Api.Features.Metrics;

public enum RunTrigger
{
    Login,
    Refresh,
    Manual,
}
