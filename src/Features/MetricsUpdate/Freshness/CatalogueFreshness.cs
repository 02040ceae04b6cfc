namespace AnalisaAI.Api.Features.MetricsUpdate.Freshness;

/// <summary>How fresh the catalogue is (docs/api.md, "freshness"): ages in seconds over updated influencers.</summary>
public sealed record CatalogueFreshness(
    int Influencers,
    int NeverUpdated,
    int DueNow,
    double? AgeP50,
    double? AgeP90,
    double? AgeMax,
    double? WithinTarget);
