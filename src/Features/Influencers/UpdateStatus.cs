namespace AnalisaAI.Api.Features.Influencers;

public enum UpdateStatus
{
    Never,
    Succeeded,
    Failed,
}
