using System.ComponentModel.DataAnnotations;
using AnalisaAI.Api.Infrastructure.OpenApi;

namespace AnalisaAI.Api.Features.Metrics.Signals;

/// <summary>The signals stage's result: all six flags in order, the raised ids, the data confidence and its snapshot count.</summary>
public sealed record SignalsMetrics(
    IReadOnlyList<SignalFlag> Flags,
    [property: MaxLength(200), OneOf(typeof(SignalIds))] IReadOnlyList<string> RaisedFlags,
    [property: OneOf(typeof(DataConfidenceLevels))] string DataConfidence,
    int SnapshotDays30);
