namespace AnalisaAI.Api.Features.MetricsUpdate.Freshness;

/// <summary>
/// How fresh the catalogue is (docs/api.md, "freshness"): calculation ages in seconds over updated influencers,
/// data ages over those with data; <see cref="Hot"/> and <see cref="Cold"/> count the influencers viewed in the
/// last 24 h and the rest, for <see cref="FreshnessLimitCalculator"/>.
/// </summary>
public sealed record CatalogueFreshness(
    int Influencers,
    int NeverUpdated,
    int DueNow,
    FreshnessAges Age,
    FreshnessAges DataAge,
    double? WithinTarget,
    double? WithinTargetByData,
    double? HotWithinTarget,
    int Hot,
    int Cold);
