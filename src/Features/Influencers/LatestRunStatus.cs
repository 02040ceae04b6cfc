namespace AnalisaAI.Api.Features.Influencers;

public enum LatestRunStatus
{
    Never,
    Succeeded,
    Failed,
}
