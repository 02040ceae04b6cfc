using AnalisaAI.UnitTests.Architecture.Control.Features.Reports.Queue;

namespace AnalisaAI.UnitTests.Architecture.Control.Features.Reports.GetReport;

/// <summary>A slice that uses its feature's folder: allowed.</summary>
public sealed class GetReportHandler(ReportQueue queue)
{
    public ReportQueue Queue { get; } = queue;
}
