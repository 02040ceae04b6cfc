namespace AnalisaAI.Api.Features.Metrics;

/// <summary>
/// One metric stage of a run (docs/architecture.md, "The stage contract"). A stage reads its inputs (the
/// database, and the results of the stages before it through <see cref="StageContext"/>) and returns its
/// result; it never saves. Stages run in the order of their registration in <see cref="MetricsFeature"/>,
/// and a run's results are saved together, in one transaction, by the metrics update that runs them.
/// </summary>
public interface IMetricStage
{
    /// <summary>The stage's name, as logged and as a failed run reports it.</summary>
    string Name { get; }

    ValueTask<StageResult> CalculateAsync(StageContext context, CancellationToken cancellationToken);
}
